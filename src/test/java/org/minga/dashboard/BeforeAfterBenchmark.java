package org.minga.dashboard;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minga.BenchmarkCity;
import org.minga.BenchmarkDistrict;
import org.minga.BenchmarkRun;
import org.minga.dashboard.internal.BeforeAfterReport;
import org.minga.dashboard.internal.BeforeAfterReports;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.territory.internal.prioritization.PrioritizationService;
import org.minga.territory.internal.prioritization.RunRequest;
import org.minga.territory.internal.variable.VariableCatalog;
import org.minga.territory.internal.variable.VariableForm;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The district's before/after report at Bogotá scale (not part of the test suite; run with
 * {@code bench/before-after.sh [scale] [calls]}): on a fresh embedded PostgreSQL, a district of 20 localidades and
 * 100 UPZ with {@code scale} × 2,600,000 households (80 % characterised, alerts on 5 %) and 1,000,000 referrals
 * (the steps of {@link BenchmarkCity} without people),
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
            fill(ctx, district, scale);
        }
        out.add(String.format(Locale.ROOT, "scale %.3f: %,d households, %,d referrals; %s in %.1f s", scale,
                households, referrals, kept.isPresent() ? "kept (KEEP=1), migrated" : "filled",
                (System.nanoTime() - f0) / 1e9));
        measure(ctx, j, calls, out);
    }

    private static void fill(ConfigurableApplicationContext ctx, BenchmarkDistrict district, double scale) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        CurrentUser admin = BenchmarkDistrict.ADMIN;
        Jurisdiction j = district.jurisdiction();
        // the shared Bogotá-scale fill (BenchmarkCity), without the people, attentions and governance
        BenchmarkCity city = BenchmarkCity.of(district, scale);
        city.households(jdbc);
        city.care(jdbc);
        city.entitiesAndReferrals(jdbc);
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
