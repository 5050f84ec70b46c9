package org.minga.territory.internal.geometry;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.minga.BenchmarkRun;
import org.minga.platform.CurrentUser;
import org.minga.platform.Role;
import org.minga.platform.TextKeys;
import org.minga.territory.LocatedTerritory;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.territory.TerritoryLocator;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryTree.TerritorySearch;
import org.minga.territory.TerritoryView;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Speed benchmark (not part of the test suite; run with {@code bench/run.sh}). Starts Minga on a fresh
 * embedded PostgreSQL, loads a tree of 100,421 territories (1 district > 20 zonas > 400 localidades >
 * 100,000 barrios, every one with a rectangular shape, leaves on a 625 × 160 grid) with COPY, then measures
 * after warm-up the median and p95 of a subtree listing and of {@link TerritoryLocator#locate}.
 */
public final class GeometryBenchmark {

    static final String JURISDICTION = "99901";
    static final int ZONES = 20;
    static final int LOCALIDADES_PER_ZONE = 20;
    static final int BARRIOS_PER_LOCALIDAD = 250;
    // the region: 1° × 1° from (-75, 4), zones on a 5 × 4 grid, localidades 5 × 4, barrios 25 × 10
    static final double LON0 = -75.0;
    static final double LAT0 = 4.0;

    private GeometryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        BenchmarkRun.run("bench-postgres", context -> run(context, iterations),
                "org.minga.territory.internal.geometry");
    }

    record Node(long id, String path, int depth, double x0, double y0, double x1, double y1) {
    }

    static void run(ConfigurableApplicationContext context, int iterations) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        DataSource dataSource = context.getBean(DataSource.class);
        TerritoryLocator locator = context.getBean(TerritoryLocator.class);
        TerritoryTree tree = context.getBean(TerritoryTree.class);

        long loadStart = System.nanoTime();
        long j = jdbc.sql("insert into jurisdiction (code, name, country, time_zone) values (:c, 'Benchmark', 'CO', "
                + "'America/Bogota') returning id").param("c", JURISDICTION).query(Long.class).single();
        long[] levels = new long[4];
        String[][] levelNames = {{"distrito", "Distrito"}, {"zona", "Zona"}, {"localidad", "Localidad"},
                {"barrio", "Barrio"}};
        for (int r = 0; r < 4; r++) {
            levels[r] = jdbc
                    .sql("insert into territory_level (jurisdiction_id, code, name, rank) values (:j, :c, :n, :r) "
                            + "returning id")
                    .param("j", j).param("c", levelNames[r][0]).param("n", levelNames[r][1])
                    .param("r", r).query(Long.class).single();
        }
        long firstId = jdbc.sql("select coalesce(max(id), 0) + 1 from territory").query(Long.class).single();
        List<Node> nodes = new ArrayList<>(101_000);
        StringBuilder territories = new StringBuilder(16 * 1024 * 1024);
        StringBuilder shapes = new StringBuilder(40 * 1024 * 1024);
        Random random = new Random(42);
        long[] next = {firstId};
        Node root = add(nodes, territories, shapes, random, j, levels[0], null, 0, "D", next, LON0, LAT0, LON0 + 1,
                LAT0 + 1);
        int zone = 0;
        for (int zx = 0; zx < 5; zx++) {
            for (int zy = 0; zy < 4; zy++, zone++) {
                double zw = 1.0 / 5;
                double zh = 1.0 / 4;
                double zx0 = LON0 + zx * zw;
                double zy0 = LAT0 + zy * zh;
                Node z = add(nodes, territories, shapes, random, j, levels[1], root, 1, "Z" + zone, next,
                        zx0, zy0, zx0 + zw, zy0 + zh);
                int loc = 0;
                for (int lx = 0; lx < 5; lx++) {
                    for (int ly = 0; ly < 4; ly++, loc++) {
                        double lw = zw / 5;
                        double lh = zh / 4;
                        double lx0 = zx0 + lx * lw;
                        double ly0 = zy0 + ly * lh;
                        Node l = add(nodes, territories, shapes, random, j, levels[2], z, 2, z.id + "L" + loc, next,
                                lx0, ly0, lx0 + lw, ly0 + lh);
                        int b = 0;
                        for (int bx = 0; bx < 25; bx++) {
                            for (int by = 0; by < 10; by++, b++) {
                                double bw = lw / 25;
                                double bh = lh / 10;
                                double bx0 = lx0 + bx * bw;
                                double by0 = ly0 + by * bh;
                                add(nodes, territories, shapes, random, j, levels[3], l, 3, l.id + "B" + b, next,
                                        bx0, by0, bx0 + bw, by0 + bh);
                            }
                        }
                    }
                }
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            c.createStatement().execute("""
                    create temp table bench_territory (id bigint, jurisdiction_id bigint, level_id bigint,
                      parent_id bigint, code varchar(40), name varchar(200), name_key varchar(200),
                      area_type varchar(10), population integer, path varchar(800), depth smallint) on commit drop""");
            copy.copyIn("copy bench_territory from stdin", new StringReader(territories.toString()));
            c.createStatement().execute("""
                    insert into territory (id, jurisdiction_id, level_id, parent_id, code, name, name_key, area_type,
                      population, path, depth) overriding system value
                    select id, jurisdiction_id, level_id, parent_id, code, name, name_key, area_type, population,
                      path, depth from bench_territory order by id""");
            copy.copyIn("copy territory_geometry (territory_id, jurisdiction_id, geojson, min_lon, min_lat, max_lon, "
                    + "max_lat, centroid_lat, centroid_lon, area_km2, updated_by) from stdin",
                    new StringReader(shapes.toString()));
            c.createStatement().execute("select setval(pg_get_serial_sequence('territory', 'id'), "
                    + "(select max(id) from territory))");
            c.createStatement().execute("insert into geometry_revision (jurisdiction_id, revision) values ("
                    + j + ", 1)");
            c.commit();
            c.setAutoCommit(true);
            c.createStatement().execute("analyze territory");
            c.createStatement().execute("analyze territory_geometry");
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long count = jdbc.sql("select count(*) from territory where jurisdiction_id = :j").param("j", j)
                .query(Long.class).single();

        // subtree listing through the service the API uses (GET /api/v1/territories?parent=&subtree=true):
        // one page of 50 by name, with its total, for a zona (5,020 descendants) and a localidad (250)
        List<Node> zonas = nodes.stream().filter(n -> n.depth() == 1).toList();
        List<Node> localidades = nodes.stream().filter(n -> n.depth() == 2).toList();
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);
        Random pick = new Random(7);
        IntSupplier zonaPage = () -> subtreePage(tree, admin, j, zonas.get(pick.nextInt(zonas.size())));
        IntSupplier localidadPage = () -> subtreePage(tree, admin, j,
                localidades.get(pick.nextInt(localidades.size())));
        // a zonal user listing the barrios of their scope: the scope prefix and the level filter together
        CurrentUser zonal = new CurrentUser(0, "bench-zonal", "Benchmark", Role.ZONAL, j, zonas.get(5).id());
        IntSupplier scopedLevelPage = () -> (int) tree.search(zonal,
                new TerritorySearch(j, "barrio", null, false, null), PageRequest.of(pick.nextInt(20), 50)).total();

        long indexStart = System.nanoTime();
        LocatedTerritory first = locator.locate(LAT0 + 0.5, LON0 + 0.5, j, admin).orElseThrow();
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        if (first.ancestors().size() != 3) {
            throw new IllegalStateException("locate should find a barrio under 3 ancestors: " + first);
        }
        Random points = new Random(11);
        IntSupplier locate = () -> {
            double lat = LAT0 + points.nextDouble();
            double lon = LON0 + points.nextDouble();
            LocatedTerritory t = locator.locate(lat, lon, j, admin).orElseThrow();
            return t.ancestors().size();
        };
        CurrentUser district = new CurrentUser(0, "bench-district", "Benchmark", Role.DISTRICT, j, zonas.get(3).id());
        IntSupplier locateScoped = () -> {
            double lat = LAT0 + points.nextDouble();
            double lon = LON0 + points.nextDouble();
            return locator.locate(lat, lon, null, district).map(t -> 1).orElse(0);
        };

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Minga speed benchmark, %s", LocalDateTime.now().withNano(0)));
        lines.add(String.format(Locale.ROOT, "Java %s, %d cores, PostgreSQL embedded 17; %d territories with shapes "
                + "loaded in %.1f s; shape index built on first locate in %.2f s",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), count, loadSeconds,
                indexSeconds));
        lines.add(String.format(Locale.ROOT, "%d measured calls each, after %d warm-up calls", iterations,
                iterations / 4));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-58s %10s %10s %10s", "operation", "median ms", "p95 ms", "max ms"));
        lines.add(row("subtree page of 50 by name + total, zona (5,020)", measure(zonaPage, iterations)));
        lines.add(row("subtree page of 50 by name + total, localidad (250)", measure(localidadPage, iterations)));
        lines.add(row("zonal user: barrios of their scope, page of 50 + total", measure(scopedLevelPage, iterations)));
        lines.add(row("locate, random point, administrator, jurisdiction given", measure(locate, iterations)));
        lines.add(row("locate, random point, user scoped to one zona", measure(locateScoped, iterations)));
        lines.forEach(System.out::println);

        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Path out = dir.resolve("bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".txt");
        Files.write(out, lines);
        System.out.println();
        System.out.println("Results written to " + out);
    }

    private static int subtreePage(TerritoryTree tree, CurrentUser user, long jurisdictionId, Node parent) {
        PageResult<TerritoryView> page = tree.search(user, new TerritorySearch(jurisdictionId, null, parent.id(), true,
                null), PageRequest.of(0, 50));
        if (page.items().size() != 50) {
            throw new IllegalStateException("a subtree page should be full: " + page.items().size());
        }
        return (int) page.total();
    }

    private static String row(String name, double[] ms) {
        return String.format(Locale.ROOT, "%-58s %10.3f %10.3f %10.3f", name, ms[0], ms[1], ms[2]);
    }

    /** Median, p95 and max in milliseconds of {@code n} calls, after n/4 warm-up calls. */
    static double[] measure(IntSupplier op, int n) {
        long sink = 0;
        for (int i = 0; i < n / 4; i++) {
            sink += op.getAsInt();
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            sink += op.getAsInt();
            times[i] = System.nanoTime() - t;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        Arrays.sort(times);
        return new double[]{times[n / 2] / 1e6, times[(int) Math.ceil(n * 0.95) - 1] / 1e6, times[n - 1] / 1e6};
    }

    private static final String[] WORDS = {"San", "Santa", "Villa", "El", "La", "Los", "Nueva", "Alto", "Bajo",
            "Jardín", "Bosque", "Prado", "Carmen", "Rosario", "Libertad", "Paraíso", "Porvenir", "Esperanza",
            "Primavera", "Divino", "Niño", "Galán", "Castilla", "Tintal", "Bolívar", "Santander", "Nariño"};

    private static Node add(List<Node> nodes, StringBuilder territories, StringBuilder shapes, Random random, long j,
            long level, Node parent, int depth, String code, long[] next, double x0, double y0,
            double x1, double y1) {
        long id = next[0]++;
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        String name = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                + (1 + random.nextInt(999));
        territories.append(id).append('\t').append(j).append('\t').append(level).append('\t')
                .append(parent == null ? "\\N" : String.valueOf(parent.id())).append('\t').append(code).append('\t')
                .append(name).append('\t').append(TextKeys.key(name)).append('\t').append("URBAN").append('\t')
                .append(random.nextInt(50_000)).append('\t').append(path).append('\t').append(depth).append('\n');
        Polygon rectangle = GeometryReader.FACTORY.createPolygon(new Coordinate[]{new Coordinate(x0, y0),
                new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
        ShapeMetrics m = ShapeMetrics.of(rectangle);
        shapes.append(id).append('\t').append(j).append('\t').append(GeometryRepository.toGeoJson(rectangle))
                .append('\t')
                .append(m.minLon()).append('\t').append(m.minLat()).append('\t').append(m.maxLon()).append('\t')
                .append(m.maxLat()).append('\t').append(m.centroidLat()).append('\t').append(m.centroidLon())
                .append('\t').append(m.areaKm2()).append('\t').append("bench").append('\n');
        Node node = new Node(id, path, depth, x0, y0, x1, y1);
        nodes.add(node);
        return node;
    }
}
