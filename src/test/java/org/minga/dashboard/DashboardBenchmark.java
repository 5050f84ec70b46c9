package org.minga.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.minga.BenchmarkCity;
import org.minga.BenchmarkDistrict;
import org.minga.BenchmarkRun;
import org.minga.dashboard.internal.Dashboard;
import org.minga.planning.IndicatorSource;
import org.minga.platform.CurrentUser;
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
        BenchmarkCity city = BenchmarkCity.fill(ctx, "99913", "Bogotá (sala situacional)", scale, out::add);
        BenchmarkDistrict district = city.district();
        long jid = district.jurisdiction().id();
        TerritoryView root = district.root();
        List<TerritoryView> localidades = district.localidades();
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
