package org.minga.dashboard;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minga.BenchmarkDistrict;
import org.minga.BenchmarkRun;
import org.minga.dashboard.internal.BeforeAfterReport;
import org.minga.dashboard.internal.BeforeAfterReports;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.territory.TerritoryView;
import org.minga.territory.internal.prioritization.PrioritizationService;
import org.minga.territory.internal.prioritization.RunRequest;
import org.minga.territory.internal.variable.VariableCatalog;
import org.minga.territory.internal.variable.VariableForm;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The district's before/after report at Bogotá scale (not part of the test suite; run with
 * {@code bench/before-after.sh [scale] [calls]}): on a fresh embedded PostgreSQL, a district of 20 localidades and
 * 100 UPZ with {@code scale} × 2,600,000 households (80 % characterised, alerts on 5 %) and 1,000,000 referrals,
 * two runs of the same index (2024, 2026) over the localidades, then {@link BeforeAfterReports#report} of the two
 * runs timed: the comparison plus every intervention and situation figure for the 20 localidades.
 */
public final class BeforeAfterBenchmark {

    private BeforeAfterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        BenchmarkRun.runKeptIfAsked("bench-before-after-postgres", context -> run(context, scale, calls));
    }

    static void run(ConfigurableApplicationContext ctx, double scale, int calls) throws Exception {
        List<String> out = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(line);
                return super.add(line);
            }
        };
        long households = Math.round(2_600_000 * scale);
        long referrals = Math.round(1_000_000 * scale);
        java.util.Optional<BenchmarkDistrict> kept = BenchmarkDistrict.find(ctx, "99914");
        BenchmarkDistrict district = kept
                .orElseGet(() -> BenchmarkDistrict.create(ctx, "99914", "Bogotá (antes y después)"));
        Jurisdiction j = district.jurisdiction();
        long f0 = System.nanoTime();
        if (kept.isEmpty()) {
            fill(ctx, district, households, referrals);
        }
        out.add(String.format(Locale.ROOT, "scale %.3f: %,d households, %,d referrals; %s in %.1f s", scale,
                households, referrals, kept.isPresent() ? "kept (KEEP=1), migrated" : "filled",
                (System.nanoTime() - f0) / 1e9));
        measure(ctx, j, calls, out);
    }

    private static void fill(ConfigurableApplicationContext ctx, BenchmarkDistrict district, long households,
            long referrals) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        CurrentUser admin = BenchmarkDistrict.ADMIN;
        Jurisdiction j = district.jurisdiction();
        List<TerritoryView> upzs = district.upzs();
        String paths = "(array[" + String.join(",", upzs.stream().map(t -> "'" + t.path() + "'").toList()) + "])";
        String ids = "(array[" + String.join(",", upzs.stream().map(t -> String.valueOf(t.id())).toList()) + "])";
        int n = upzs.size();
        jdbc.sql("insert into household (jurisdiction_id, code, territory_id, territory_path, created_by) select :j, "
                + "'H' || g, " + ids + "[1 + g % " + n + "], " + paths + "[1 + g % " + n + "], 'bench' "
                + "from generate_series(1, :n) g").param("j", j.id()).param("n", households).update();
        long instrument = jdbc.sql("insert into instrument (jurisdiction_id, code, name, subject) "
                + "values (:j, 'B', 'Bench', 'HOUSEHOLD') returning id").param("j", j.id()).query(Long.class).single();
        long version = jdbc.sql("insert into instrument_version (instrument_id, number, definition) "
                + "values (:i, 1, '{}') returning id").param("i", instrument).query(Long.class).single();
        jdbc.sql("insert into characterization (jurisdiction_id, instrument_version_id, household_id, territory_path, "
                + "answered_on, answers) select jurisdiction_id, :v, id, territory_path, date '2024-01-01' + "
                + "(id % 1000)::int, '{}' from household where jurisdiction_id = :j and id % 10 < 8")
                .param("v", version).param("j", j.id()).update();
        long rule = jdbc.sql("insert into alert_rule (jurisdiction_id, code, name, kind, severity) "
                + "values (:j, 'B', 'Bench', 'BENCH', 'MEDIA') returning id").param("j", j.id()).query(Long.class)
                .single();
        jdbc.sql("insert into alert (jurisdiction_id, rule_id, household_id, territory_path, severity, status, detail, "
                + "due_on, created_at, closed_at) select jurisdiction_id, :r, id, territory_path, 'MEDIA', case when "
                + "id % 3 = 0 then 'CERRADA' else 'ABIERTA' end, 'bench', current_date, now() - ((id % 900) || ' days')"
                + "::interval, case when id % 3 = 0 then now() else null end from household where jurisdiction_id = :j "
                + "and id % 20 = 0").param("r", rule).param("j", j.id()).update();
        long actor = jdbc.sql("insert into actor (jurisdiction_id, code, name, type, search_key) values (:j, 'BENCH', "
                + "'Entidad', 'PUBLIC_ENTITY', 'entidad') returning id").param("j", j.id()).query(Long.class).single();
        jdbc.sql("insert into referral (jurisdiction_id, code, subject_name, territory_id, territory_path, "
                + "need_category, need_description, origin, actor_id, actor_name, priority, share_authorized, "
                + "share_evidence, status, business_days, created_on, due_on, created_by) select :j, 'R' || g, "
                + "'Persona', " + ids + "[1 + g % " + n + "], " + paths + "[1 + g % " + n + "], 'SALUD', 'Necesidad', "
                + "'OTHER', :a, 'Entidad', 'MEDIUM', true, 'Formato', (array['SENT','ACCEPTED','ATTENDED','CLOSED'])"
                + "[1 + g % 4], 10, current_date - (g % 1000)::int, current_date - (g % 1000)::int + 14, 'bench' "
                + "from generate_series(1, :n) g").param("j", j.id()).param("a", actor).param("n", referrals).update();
        VariableCatalog catalog = ctx.getBean(VariableCatalog.class);
        catalog.create(new VariableForm(j.code(), "pobreza", "Pobreza", null, "%", "Bench", "HIGHER_IS_WORSE", null),
                admin);
        catalog.create(new VariableForm(j.code(), "cobertura", "Cobertura", null, "%", "Bench", "HIGHER_IS_BETTER",
                null), admin);
        for (int year : new int[]{2024, 2026}) {
            jdbc.sql("""
                    insert into variable_value (jurisdiction_id, territory_id, variable_id, year, value)
                    select :j, t.id, v.id, :y, (t.id * (case when v.code = 'pobreza' then 7 else 13 end) + :y) % 97
                    from territory t join territory_level l on l.id = t.level_id cross join social_variable v
                    where t.jurisdiction_id = :j and l.code = 'localidad' and v.jurisdiction_id = :j""")
                    .param("j", j.id()).param("y", year).update();
        }
        jdbc.sql("vacuum analyze").update();
    }

    private static void measure(ConfigurableApplicationContext ctx, Jurisdiction j, int calls, List<String> out)
            throws Exception {
        CurrentUser admin = BenchmarkDistrict.ADMIN;
        ctx.getBean(org.minga.platform.Rollups.class).compact();
        PrioritizationService prioritization = ctx.getBean(PrioritizationService.class);
        List<RunRequest.VariableChoice> method = List.of(
                new RunRequest.VariableChoice("pobreza", BigDecimal.valueOf(2), null),
                new RunRequest.VariableChoice("cobertura", BigDecimal.ONE, null));
        List<Long> runs = List.of(
                prioritization.run(new RunRequest(j.code(), "localidad", 2024, method, "Antes"), admin).id(),
                prioritization.run(new RunRequest(j.code(), "localidad", 2026, method, "Después"), admin).id());
        BeforeAfterReports reports = ctx.getBean(BeforeAfterReports.class);
        for (int i = 0; i < 3; i++) {
            reports.report(runs, admin);
        }
        double[] ms = new double[calls];
        BeforeAfterReport last = null;
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            last = reports.report(runs, admin);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        out.add(String.format(Locale.ROOT, "district before/after (%d localidades, %d figures each): p50 %.0f ms, "
                + "p95 %.0f ms, max %.0f ms over %d calls", last.rows().size(),
                last.interventions().size() + 2 * last.situation().size(), DashboardBenchmark.pct(ms, 50),
                DashboardBenchmark.pct(ms, 95), DashboardBenchmark.pct(ms, 100), calls));
        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Files.write(dir.resolve("before-after-" + LocalDate.now() + ".txt"), out);
    }
}
