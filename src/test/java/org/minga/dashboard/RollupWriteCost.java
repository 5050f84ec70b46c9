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
 * and transaction, with the rollup trigger and with it disabled, alternated twice. Not a test; run with
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
    }
}
