package org.minga.household.internal.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.minga.BenchmarkDistrict;
import org.minga.BenchmarkRun;
import org.minga.territory.TerritoryView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The local management board at Bogotá scale (not a test; {@code bench/board.sh [scale] [calls]}): on a fresh
 * embedded PostgreSQL, one jurisdiction (distrito > 20 localidades > 100 UPZ) with {@code scale} × 2,600,000
 * households placed on a map, 5 % of them with an alert (two in three open), 4 % with a care plan, two field teams
 * per localidad. Then the board of a localidad at its first zoom level (one server-side cluster per UPZ, with its
 * counts, and the teams with their workload), answered and written as JSON, is timed.
 */
public final class BoardBenchmark {

    private BoardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        BenchmarkRun.runKeptIfAsked("bench-board-postgres", context -> run(context, scale, calls));
    }

    static void run(ConfigurableApplicationContext ctx, double scale, int calls) throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        List<String> out = new ArrayList<>();
        long households = Math.round(2_600_000 * scale);
        java.util.Optional<BenchmarkDistrict> kept = BenchmarkDistrict.find(ctx, "99914");
        BenchmarkDistrict district = kept
                .orElseGet(() -> BenchmarkDistrict.create(ctx, "99914", "Bogotá (tablero local)"));
        long t0 = System.nanoTime();
        if (kept.isEmpty()) {
            fill(jdbc, district, households);
        }
        out.add(String.format(Locale.ROOT, "scale %.3f: %,d households (%,d per localidad), %s in %.0f s", scale,
                households, households / 20, kept.isPresent() ? "kept (KEEP=1), migrated" : "loaded",
                (System.nanoTime() - t0) / 1e9));
        measure(ctx, district, calls, households, out);
    }

    private static void fill(JdbcClient jdbc, BenchmarkDistrict district, long households) {
        long j = district.jurisdiction().id();
        List<TerritoryView> upzs = district.upzs();
        String paths = "(array[" + String.join(",", upzs.stream().map(t -> "'" + t.path() + "'").toList()) + "])";
        String ids = "(array[" + String.join(",", upzs.stream().map(t -> String.valueOf(t.id())).toList()) + "])";
        int n = upzs.size();
        List<Long> teams = new ArrayList<>();
        for (TerritoryView l : district.localidades()) {
            for (int k = 1; k <= 2; k++) {
                long team = jdbc
                        .sql("insert into field_team (jurisdiction_id, code, name, contact_phone, contact_email) "
                                + "values (:j, :c, :n, '601 555 0100', 'equipo@bench.demo') returning id")
                        .param("j", j)
                        .param("c", "EBE-" + l.code() + "-" + k).param("n", "Equipo " + l.name() + " " + k)
                        .query(Long.class).single();
                teams.add(team);
                jdbc.sql("insert into field_team_territory (team_id, territory_id) values (:t, :l)").param("t", team)
                        .param("l", l.id()).update();
                jdbc.sql(
                        "insert into field_team_member (team_id, name, role) values (:t, 'Enfermera', 'Enfermera jefe')")
                        .param("t", team).update();
            }
        }
        // UPZ u of localidad l lies in a 0.02° square of a 10 x 10 grid over Bogotá's box; UPZ u belongs to
        // localidad u / 5, whose teams are the (2 (u / 5))th and the next
        String teamIds = "(array[" + String.join(",", teams.stream().map(String::valueOf).toList()) + "])";
        jdbc.sql("insert into household (jurisdiction_id, code, territory_id, territory_path, latitude, longitude, "
                + "priority, next_visit_on, field_team_id, created_by) select :j, 'H' || g, " + ids + "[1 + g % " + n
                + "], " + paths + "[1 + g % " + n + "], 4.45 + 0.02 * ((g % " + n + ") / 10) + random() * 0.02, "
                + "-74.25 + 0.02 * ((g % " + n + ") % 10) + random() * 0.02, g % 7 = 0, "
                + "current_date + (g % 30)::int, " + teamIds + "[1 + 2 * ((g % " + n + ") / 5) + (g / " + n
                + ") % 2], 'bench' from generate_series(1, :n) g").param("j", j).param("n", households).update();
        long rule = jdbc.sql("insert into alert_rule (jurisdiction_id, code, name, kind, severity) "
                + "values (:j, 'B', 'Bench', 'HOUSEHOLD_SCORE_ABOVE', 'ALTA') returning id").param("j", j)
                .query(Long.class).single();
        jdbc.sql("insert into alert (jurisdiction_id, rule_id, household_id, territory_path, severity, field_team_id, "
                + "status, detail, due_on, created_at, closed_at) select jurisdiction_id, :r, id, territory_path, "
                + "case when id % 40 = 0 then 'ALTA' else 'MEDIA' end, field_team_id, "
                + "case when id % 3 = 0 then 'CERRADA' else 'ABIERTA' end, 'bench', current_date, now(), "
                + "case when id % 3 = 0 then now() else null end from household where jurisdiction_id = :j and id % 20 = 0")
                .param("r", rule).param("j", j).update();
        jdbc.sql("insert into care_plan (jurisdiction_id, household_id, territory_path, status, opened_on) "
                + "select jurisdiction_id, id, territory_path, case when id % 4 = 0 then 'CERRADO' else 'ACTIVO' end, "
                + "current_date from household where jurisdiction_id = :j and id % 25 = 1").param("j", j).update();
        jdbc.sql("vacuum analyze").update();
    }

    private static void measure(ConfigurableApplicationContext ctx, BenchmarkDistrict district, int calls,
            long households, List<String> out) throws Exception {
        LocalBoard board = ctx.getBean(LocalBoard.class);
        ObjectMapper json = ctx.getBean(ObjectMapper.class);
        List<TerritoryView> upzs = district.upzs();
        int n = upzs.size();
        ctx.getBean(org.minga.platform.Rollups.class).compact();
        for (int w = 0; w < 3; w++) {
            for (TerritoryView l : district.localidades()) {
                json.writeValueAsBytes(board.of(BenchmarkDistrict.ADMIN, l.id()));
            }
        }
        double[] ms = new double[calls];
        int bytes = 0;
        for (int i = 0; i < calls; i++) {
            TerritoryView l = district.localidades().get(i % 20);
            long s = System.nanoTime();
            bytes = json.writeValueAsBytes(board.of(BenchmarkDistrict.ADMIN, l.id())).length;
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        out.add(String.format(Locale.ROOT,
                "board of a localidad, first zoom (5 UPZ clusters + 2 teams, %,d bytes of JSON): median %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms over %d calls (target 300 ms)",
                bytes, ms[calls / 2], ms[(int) Math.ceil(calls * 0.95) - 1], ms[calls - 1], calls));
        TerritoryView upz = upzs.get(0);
        long s = System.nanoTime();
        int shown = board.of(BenchmarkDistrict.ADMIN, upz.id()).households().size();
        out.add(String.format(Locale.ROOT, "board of one UPZ (%,d households, first %d listed): %.1f ms",
                households / n,
                shown, (System.nanoTime() - s) / 1e6));
        out.forEach(System.out::println);
        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Files.write(dir.resolve("board-" + LocalDate.now() + ".txt"), out);
    }
}
