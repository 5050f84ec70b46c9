package org.minga.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.minga.BenchmarkDistrict;
import org.minga.BenchmarkRun;
import org.minga.dashboard.internal.Dashboard;
import org.minga.planning.IndicatorSource;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.territory.TerritoryView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Situation room at Bogotá scale (not part of the test suite; run with {@code bench/dashboard.sh [scale] [calls]}).
 * On a fresh embedded PostgreSQL, one jurisdiction (distrito > 20 localidades > 100 UPZ) is filled with set-based
 * SQL at {@code scale} × (8,000,000 people, 2,600,000 households, 20,000,000 attentions, 1,000,000 referrals,
 * 200,000 commitments), plus characterisations, alerts and social assets. Then the situation room of a localidad
 * and of the whole district is timed: cold (cache emptied before every call: every figure is counted) and warm
 * (the 60-second cache the page announces), against running the same figures' SQL by hand (the test's
 * independent queries with {@code like}).
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        BenchmarkRun.run("bench-dashboard-postgres", context -> run(context, scale, calls));
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void run(ConfigurableApplicationContext ctx, double scale, int calls) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        Dashboard room = ctx.getBean(Dashboard.class);
        List<IndicatorSource> sources = ctx.getBeansOfType(IndicatorSource.class).values().stream().toList();
        CurrentUser admin = BenchmarkDistrict.ADMIN;
        List<String> out = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(line);
                return super.add(line);
            }
        };
        long people = Math.round(8_000_000 * scale);
        long households = Math.round(2_600_000 * scale);
        long attentions = Math.round(20_000_000 * scale);
        long referrals = Math.round(1_000_000 * scale);
        long commitments = Math.round(200_000 * scale);
        out.add(String.format(Locale.ROOT,
                "scale %.3f of Bogotá: %,d people, %,d households, %,d attentions, %,d referrals, %,d commitments",
                scale, people, households, attentions, referrals, commitments));

        BenchmarkDistrict district = BenchmarkDistrict.create(ctx, "99913", "Bogotá (sala situacional)");
        Jurisdiction j = district.jurisdiction();
        TerritoryView root = district.root();
        List<TerritoryView> localidades = district.localidades();
        List<TerritoryView> upzs = district.upzs();
        String paths = "(array[" + String.join(",", upzs.stream().map(t -> "'" + t.path() + "'").toList()) + "])";
        String ids = "(array[" + String.join(",", upzs.stream().map(t -> String.valueOf(t.id())).toList()) + "])";
        int n = upzs.size();
        long f0 = System.nanoTime();
        long jid = j.id();
        jdbc.sql(
                "insert into household (jurisdiction_id, code, territory_id, territory_path, created_by) select :j, 'H' || g, "
                        + ids + "[1 + g % " + n + "], " + paths + "[1 + g % " + n
                        + "], 'bench' from generate_series(1, :n) g")
                .param("j", jid).param("n", households).update();
        jdbc.sql(
                "insert into person (jurisdiction_id, household_id, relation, territory_id, territory_path, document_type, "
                        + "document_number, first_name, last_name, name_key, birth_date, sex, created_by) "
                        + "select h.jurisdiction_id, h.id, 'HIJO', h.territory_id, h.territory_path, 'CC', (3000000000 + p.g)::text, 'P', "
                        + "'R' || p.g, 'p r' || p.g, date '1950-01-01' + (p.g % 25000)::int, 'F', 'bench' "
                        + "from generate_series(1, :n) p(g) join household h on h.jurisdiction_id = :j and h.code = 'H' || (1 + p.g % :hh)")
                .param("j", jid).param("n", people).param("hh", households).update();
        long instrument = jdbc.sql(
                "insert into instrument (jurisdiction_id, code, name, subject) values (:j, 'B', 'Bench', 'HOUSEHOLD') returning id")
                .param("j", jid).query(Long.class).single();
        long version = jdbc.sql(
                "insert into instrument_version (instrument_id, number, definition) values (:i, 1, '{}') returning id")
                .param("i", instrument).query(Long.class).single();
        jdbc.sql(
                "insert into characterization (jurisdiction_id, instrument_version_id, household_id, territory_path, answered_on, answers) "
                        + "select jurisdiction_id, :v, id, territory_path, date '2024-01-01' + (id % 700)::int, '{}' from household "
                        + "where jurisdiction_id = :j and id % 10 < 8")
                .param("v", version).param("j", jid).update();
        long rule = jdbc.sql(
                "insert into alert_rule (jurisdiction_id, code, name, kind, severity) values (:j, 'B', 'Bench', 'BENCH', 'MEDIA') returning id")
                .param("j", jid).query(Long.class).single();
        jdbc.sql(
                "insert into alert (jurisdiction_id, rule_id, household_id, territory_path, severity, status, detail, due_on, created_at, closed_at) "
                        + "select jurisdiction_id, :r, id, territory_path, 'MEDIA', case when id % 3 = 0 then 'CERRADA' else 'ABIERTA' end, 'bench', "
                        + "current_date, now() - ((id % 600) || ' days')::interval, case when id % 3 = 0 then now() else null end "
                        + "from household where jurisdiction_id = :j and id % 20 = 0")
                .param("r", rule).param("j", jid).update();
        jdbc.sql(
                "insert into attention (jurisdiction_id, setting, mode, attended_on, territory_id, territory_path, participant_count, created_by) "
                        + "select :j, 'HOGAR', 'INDIVIDUAL', current_date - (g % 730)::int, " + ids + "[1 + g % " + n
                        + "], " + paths + "[1 + g % " + n + "], 1, 'bench' "
                        + "from generate_series(1, :n) g")
                .param("j", jid).param("n", attentions).update();
        long actor = jdbc.sql(
                "insert into actor (jurisdiction_id, code, name, type, search_key) values (:j, 'BENCH', 'Entidad', 'PUBLIC_ENTITY', 'entidad') returning id")
                .param("j", jid).query(Long.class).single();
        jdbc.sql(
                "insert into referral (jurisdiction_id, code, subject_name, territory_id, territory_path, need_category, need_description, "
                        + "origin, actor_id, actor_name, priority, share_authorized, share_evidence, status, business_days, created_on, due_on, created_by) "
                        + "select :j, 'R' || g, 'Persona', " + ids + "[1 + g % " + n + "], " + paths + "[1 + g % " + n
                        + "], 'SALUD', 'Necesidad', 'OTHER', :a, "
                        + "'Entidad', 'MEDIUM', true, 'Formato', (array['SENT','ACCEPTED','ATTENDED','CLOSED','REJECTED','CANCELLED'])[1 + g % 6], 10, "
                        + "current_date - (g % 730)::int, current_date - (g % 730)::int + 14, 'bench' from generate_series(1, :n) g")
                .param("j", jid).param("a", actor).param("n", referrals).update();
        jdbc.sql(
                "insert into gov_body (jurisdiction_id, code, name, body_type, level, territory_id, territory_path, periodicity) "
                        + "select :j, 'B' || l.id, 'Mesa ' || l.name, 'MESA_LOCAL', 'MESO', l.id, l.path, 'MENSUAL' from territory l "
                        + "where l.jurisdiction_id = :j and l.parent_id = :root")
                .param("j", jid).param("root", root.id()).update();
        jdbc.sql(
                "insert into gov_commitment (jurisdiction_id, body_id, territory_path, title, responsible_actor_id, due_date, status) "
                        + "select :j, b.id, b.territory_path, 'Compromiso ' || g, :a, current_date - 365 + (g % 540)::int, "
                        + "(array['PENDING','IN_PROGRESS','DONE','OVERDUE','CANCELLED'])[1 + g % 5] "
                        + "from generate_series(1, :n) g join (select id, territory_path, row_number() over (order by id) - 1 as k from gov_body "
                        + "where jurisdiction_id = :j) b on b.k = g % 20")
                .param("j", jid).param("a", actor).param("n", commitments).update();
        jdbc.sql(
                "insert into social_asset (jurisdiction_id, code, name, kind, nature, territory_id, territory_path, search_key) "
                        + "select :j, 'SA' || g, 'Activo ' || g, 'PLACE', 'COMMUNITY', " + ids + "[1 + g % " + n + "], "
                        + paths + "[1 + g % " + n + "], 'activo' "
                        + "from generate_series(1, 5000) g")
                .param("j", jid).update();
        jdbc.sql("vacuum analyze").update();
        out.add(String.format(Locale.ROOT, "filled in %.1f s (rollups kept by the triggers included)", secs(f0)));
        long k0 = System.nanoTime();
        long folded = ctx.getBean(org.minga.platform.Rollups.class).compact();
        StringBuilder sizes = new StringBuilder();
        for (String table : jdbc.sql("select table_name from minga_rollup order by table_name").query(String.class)
                .list()) {
            sizes.append(String.format(Locale.ROOT, " %s %,d rows;", table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        }
        out.add(String.format(Locale.ROOT, "rollups compacted in %.1f s (%,d delta rows folded):%s", secs(k0), folded,
                sizes));

        LocalDate to = LocalDate.now();
        LocalDate from = to.withDayOfMonth(1).minusMonths(11);
        TerritoryView localidad = localidades.get(7);
        for (TerritoryView t : List.of(localidad, root)) {
            // warm-up
            for (int i = 0; i < 3; i++) {
                room.clearCache();
                room.room(admin, t.id(), from, to, "attention.count");
            }
            double[] cold = new double[calls];
            double[] warm = new double[calls];
            double[] hand = new double[calls];
            for (int i = 0; i < calls; i++) {
                room.clearCache();
                long c0 = System.nanoTime();
                room.room(admin, t.id(), from, to, "attention.count");
                cold[i] = (System.nanoTime() - c0) / 1e6;
                long w0 = System.nanoTime();
                room.room(admin, t.id(), from, to, "attention.count");
                warm[i] = (System.nanoTime() - w0) / 1e6;
                long h0 = System.nanoTime();
                for (IndicatorSource s : sources) {
                    String sql = org.minga.planning.IndicatorSourcesSql.BY_HAND.get(s.key());
                    if (sql != null) {
                        jdbc.sql(sql).param("j", jid).param("prefix", t.path() + "%").param("path", t.path())
                                .param("from", from).param("to", to).query(Number.class).optional();
                    }
                }
                hand[i] = (System.nanoTime() - h0) / 1e6;
            }
            out.add(String.format(Locale.ROOT,
                    "%s (%s): cold p50 %.0f ms, p95 %.0f ms | warm (cache) p50 %.2f ms, p95 %.2f ms | "
                            + "the same figures' SQL by hand p50 %.0f ms, p95 %.0f ms | cold/hand ratio (p50) %.2f",
                    t.name(), t.levelName(), pct(cold, 50), pct(cold, 95), pct(warm, 50), pct(warm, 95), pct(hand, 50),
                    pct(hand, 95),
                    pct(cold, 50) / pct(hand, 50)));
        }
        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Files.write(dir.resolve("dashboard-" + LocalDate.now() + ".txt"), out);
    }

    static double pct(double[] v, int p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

}
