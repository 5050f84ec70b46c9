package org.minga.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minga.BenchmarkRun;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewJurisdiction;
import org.minga.platform.Role;
import org.minga.territory.AreaType;
import org.minga.territory.NewTerritory;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the rollup triggers cost a single-row write (a fair stand registering a person, a form saving an attention):
 * on a fresh embedded PostgreSQL, {@code rows} single-row inserts of attentions and of persons, each its own statement
 * and transaction, with the rollup trigger and with it disabled, alternated twice; then the same for the board's
 * household and alert rollups (households inserted and visited, alerts raised and closed). Not a test; run with
 * {@code bench/rollup-write-cost.sh [rows]}.
 */
public final class RollupWriteCost {

    private RollupWriteCost() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        BenchmarkRun.run("bench-rollup-write-postgres", context -> run(context, rows));
    }

    static void run(ConfigurableApplicationContext ctx, int rows) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        TerritoryTree tree = ctx.getBean(TerritoryTree.class);
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);
        Jurisdiction j = ctx.getBean(Jurisdictions.class)
                .create(new NewJurisdiction("99914", "Bogotá (escritura)", "CO", "America/Bogota"));
        tree.defineLevel(admin, j.id(), "distrito", "Distrito", 0);
        tree.defineLevel(admin, j.id(), "localidad", "Localidad", 1);
        tree.defineLevel(admin, j.id(), "upz", "UPZ", 2);
        TerritoryView root = tree.create(admin,
                new NewTerritory(j.id(), "distrito", null, "99914", "Distrito", AreaType.URBAN, null));
        List<TerritoryView> upzs = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            TerritoryView l = tree.create(admin,
                    new NewTerritory(j.id(), "localidad", root.id(), String.format("%02d", i),
                            "Localidad " + i, AreaType.URBAN, null));
            for (int u = 1; u <= 5; u++) {
                upzs.add(tree.create(admin, new NewTerritory(j.id(), "upz", l.id(), String.format("U%02d%d", i, u),
                        "UPZ " + i + "." + u, AreaType.URBAN, null)));
            }
        }
        long[] seq = {0};
        for (int round = 0; round < 2; round++) {
            for (boolean withTrigger : new boolean[]{true, false}) {
                String state = withTrigger ? "enable" : "disable";
                jdbc.sql("alter table attention " + state + " trigger attention_rollup_insert").update();
                jdbc.sql("alter table person " + state + " trigger person_rollup_insert").update();
                double[] attention = new double[rows];
                double[] person = new double[rows];
                for (int i = 0; i < rows; i++) {
                    TerritoryView t = upzs.get(i % upzs.size());
                    long t0 = System.nanoTime();
                    jdbc.sql(
                            "insert into attention (jurisdiction_id, setting, mode, attended_on, territory_id, territory_path, "
                                    + "participant_count, created_by) values (:j, 'HOGAR', 'INDIVIDUAL', current_date, :t, :p, 1, 'bench')")
                            .param("j", j.id()).param("t", t.id()).param("p", t.path()).update();
                    attention[i] = (System.nanoTime() - t0) / 1e6;
                    long p0 = System.nanoTime();
                    jdbc.sql(
                            "insert into person (jurisdiction_id, territory_id, territory_path, document_type, document_number, "
                                    + "first_name, last_name, name_key, created_by) values (:j, :t, :p, 'CC', :d, 'P', 'R', 'p r', 'bench')")
                            .param("j", j.id()).param("t", t.id()).param("p", t.path())
                            .param("d", String.valueOf(5_000_000_000L + seq[0]++))
                            .update();
                    person[i] = (System.nanoTime() - p0) / 1e6;
                }
                System.out.println(String.format(Locale.ROOT,
                        "round %d, rollup trigger %s: single-row insert of an attention "
                                + "p50 %.3f ms, p99 %.3f ms | of a person p50 %.3f ms, p99 %.3f ms (%d each)",
                        round + 1,
                        withTrigger ? "on " : "off", DashboardBenchmark.pct(attention, 50),
                        DashboardBenchmark.pct(attention, 99),
                        DashboardBenchmark.pct(person, 50), DashboardBenchmark.pct(person, 99), rows));
            }
        }
        jdbc.sql("alter table attention enable trigger attention_rollup_insert").update();
        jdbc.sql("alter table person enable trigger person_rollup_insert").update();
        householdsAndAlerts(jdbc, j, upzs, rows);
    }

    /**
     * The board's rollups (V810): a household inserted, its next visit moved (as a visit does), an alert raised on it
     * and closed, each a single-row statement and transaction, with the household and alert rollup triggers on and
     * off.
     */
    static void householdsAndAlerts(JdbcClient jdbc, Jurisdiction j, List<TerritoryView> upzs, int rows) {
        long rule = jdbc.sql("insert into alert_rule (jurisdiction_id, code, name, kind, severity) "
                + "values (:j, 'B', 'Bench', 'BENCH', 'MEDIA') returning id").param("j", j.id()).query(Long.class)
                .single();
        long[] seq = {0};
        for (int round = 0; round < 2; round++) {
            for (boolean withTrigger : new boolean[]{true, false}) {
                String state = withTrigger ? "enable" : "disable";
                for (String op : new String[]{"insert", "update"}) {
                    jdbc.sql("alter table household " + state + " trigger household_board_rollup_" + op).update();
                    jdbc.sql("alter table alert " + state + " trigger alert_rollup_" + op).update();
                }
                double[][] ms = new double[4][rows];
                for (int i = 0; i < rows; i++) {
                    TerritoryView t = upzs.get(i % upzs.size());
                    long t0 = System.nanoTime();
                    long h = jdbc.sql("insert into household (jurisdiction_id, code, territory_id, territory_path, "
                            + "latitude, longitude, next_visit_on, created_by) values (:j, :c, :t, :p, 4.6, -74.1, "
                            + "current_date, 'bench') returning id").param("j", j.id()).param("c", "W" + seq[0]++)
                            .param("t", t.id()).param("p", t.path()).query(Long.class).single();
                    long t1 = System.nanoTime();
                    jdbc.sql("update household set next_visit_on = next_visit_on + 30, version = version + 1 "
                            + "where id = :h").param("h", h).update();
                    long t2 = System.nanoTime();
                    long a = jdbc.sql("insert into alert (jurisdiction_id, rule_id, household_id, territory_path, "
                            + "severity, status, detail, due_on) values (:j, :r, :h, :p, 'MEDIA', 'ABIERTA', 'bench', "
                            + "current_date) returning id").param("j", j.id()).param("r", rule).param("h", h)
                            .param("p", t.path()).query(Long.class).single();
                    long t3 = System.nanoTime();
                    jdbc.sql("update alert set status = 'CERRADA', closed_at = now() where id = :a").param("a", a)
                            .update();
                    long t4 = System.nanoTime();
                    ms[0][i] = (t1 - t0) / 1e6;
                    ms[1][i] = (t2 - t1) / 1e6;
                    ms[2][i] = (t3 - t2) / 1e6;
                    ms[3][i] = (t4 - t3) / 1e6;
                }
                System.out.println(String.format(Locale.ROOT,
                        "round %d, household and alert rollup triggers %s: p50 / p99 of a household inserted "
                                + "%.3f / %.3f ms, its visit moved %.3f / %.3f ms, an alert raised %.3f / %.3f ms, "
                                + "closed %.3f / %.3f ms (%d each)",
                        round + 1, withTrigger ? "on " : "off", DashboardBenchmark.pct(ms[0], 50),
                        DashboardBenchmark.pct(ms[0], 99), DashboardBenchmark.pct(ms[1], 50),
                        DashboardBenchmark.pct(ms[1], 99), DashboardBenchmark.pct(ms[2], 50),
                        DashboardBenchmark.pct(ms[2], 99), DashboardBenchmark.pct(ms[3], 50),
                        DashboardBenchmark.pct(ms[3], 99), rows));
            }
        }
        for (String op : new String[]{"insert", "update"}) {
            jdbc.sql("alter table household enable trigger household_board_rollup_" + op).update();
            jdbc.sql("alter table alert enable trigger alert_rollup_" + op).update();
        }
    }
}
