package org.minga.offer.internal;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.minga.BenchmarkRun;
import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.offer.EligibilityAnswer;
import org.minga.offer.Need;
import org.minga.offer.PersonProfile;
import org.minga.offer.ValueGroup;
import org.minga.offer.Sex;
import org.minga.offer.SisbenGroups;
import org.minga.platform.PageRequest;
import org.minga.platform.TextKeys;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Speed benchmark of the offer (not part of the test suite; run with {@code bench/offer.sh}). Starts Minga on
 * a fresh embedded PostgreSQL, loads with COPY one jurisdiction with 421 territories, 20,000 actors and
 * 50,000 services with varied eligibility rules, then measures after warm-up the median and p95 of the
 * eligibility answer ({@link EligibilityReadModel#eligibility}, the service behind
 * {@code GET /api/v1/services/eligible}) and of a directory search ({@link OfferReadModel#search}, behind the
 * public directory and {@code GET /api/v1/services}).
 */
public final class OfferBenchmark {

    static final String JURISDICTION = "99902";
    static final int COMUNAS = 20;
    static final int BARRIOS_PER_COMUNA = 20;
    static final int ACTORS = 20_000;
    static final int SERVICES = 50_000;

    static final String[] WORDS = {"Vacunación", "atención", "orientación", "jóvenes", "niñez", "familias", "salud",
            "educación", "alimentación", "vivienda", "empleo", "emprendimiento", "cultura", "deporte", "recreación",
            "psicosocial", "jurídica", "mujeres", "personas mayores", "discapacidad", "víctimas", "migrantes",
            "subsidio", "bono", "comedor", "jardín", "biblioteca", "formación", "capacitación", "asesoría", "trámite",
            "afiliación", "régimen", "prevención", "nutrición", "lactancia", "cuidado", "acompañamiento", "convivencia",
            "mediación", "caninos", "felinos", "huertas", "reciclaje", "movilidad", "transporte", "conectividad"};
    static final String[] QUERIES = {"vacunacion", "orientacion juridica", "jovenes", "alimentacion",
            "atencion psicosocial",
            "subsidio", "personas mayores", "emprendimiento", "caninos", "afiliacion regimen"};

    private OfferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        BenchmarkRun.run("bench-offer-postgres", context -> run(context, iterations));
    }

    static void run(ConfigurableApplicationContext context, int iterations) throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        DataSource ds = context.getBean(DataSource.class);
        OfferReadModel offer = context.getBean(OfferReadModel.class);
        EligibilityReadModel eligibility = context.getBean(EligibilityReadModel.class);
        Territories territories = context.getBean(Territories.class);
        Random random = new Random(42);
        long t0 = System.nanoTime();

        long j = jdbc
                .sql("insert into jurisdiction (code, name, country, time_zone) values (:c, 'Benchmark oferta', 'CO', "
                        + "'America/Bogota') returning id")
                .param("c", JURISDICTION).query(Long.class).single();
        long[] levels = new long[3];
        String[][] levelDefs = {{"municipio", "Municipio"}, {"comuna", "Comuna"}, {"barrio", "Barrio"}};
        for (int r = 0; r < 3; r++) {
            levels[r] = jdbc.sql(
                    "insert into territory_level (jurisdiction_id, code, name, rank) values (:j, :c, :n, :r) returning id")
                    .param("j", j).param("c", levelDefs[r][0]).param("n", levelDefs[r][1]).param("r", r)
                    .query(Long.class).single();
        }
        List<TerritoryView> barrios = new ArrayList<>();
        List<TerritoryView> comunas = new ArrayList<>();
        long root = territory(jdbc, j, levels[0], null, "BM", "Municipio de prueba", "/", 0);
        for (int c = 1; c <= COMUNAS; c++) {
            long comuna = territory(jdbc, j, levels[1], root, "BM-C" + c, "Comuna " + c, "/" + root + "/", 1);
            comunas.add(territories.byId(comuna).orElseThrow());
            for (int b = 1; b <= BARRIOS_PER_COMUNA; b++) {
                long barrio = territory(jdbc, j, levels[2], comuna, "BM-C" + c + "-B" + b, "Barrio " + c + "-" + b,
                        "/" + root + "/" + comuna + "/", 2);
                barrios.add(territories.byId(barrio).orElseThrow());
            }
        }

        ActorType[] types = ActorType.values();
        Sector[] sectors = Sector.values();
        StringBuilder actors = new StringBuilder();
        for (int i = 0; i < ACTORS; i++) {
            String name = "Organización " + word(random) + " " + word(random) + " " + i;
            ActorType type = types[random.nextInt(types.length)];
            actors.append(j).append('\t').append("ACT-").append(i).append('\t').append(name).append('\t')
                    .append(type.name())
                    .append('\t').append("{").append(sectors[random.nextInt(sectors.length)].name()).append("}\t")
                    .append(TextKeys.key(name + " ACT-" + i)).append('\n');
        }
        copy(ds, "copy actor (jurisdiction_id, code, name, type, sectors, search_key) from stdin", actors.toString());
        long firstActor = jdbc.sql("select min(id) from actor where jurisdiction_id = :j").param("j", j)
                .query(Long.class).single();
        StringBuilder actorTerritories = new StringBuilder();
        for (int i = 0; i < ACTORS; i++) {
            TerritoryView t = random.nextInt(5) == 0 ? comunas.get(random.nextInt(comunas.size()))
                    : barrios.get(random.nextInt(barrios.size()));
            actorTerritories.append(firstActor + i).append('\t').append(t.id()).append('\t').append(t.path())
                    .append('\n');
        }
        copy(ds, "copy actor_territory (actor_id, territory_id, territory_path) from stdin",
                actorTerritories.toString());

        List<String> sisben = SisbenGroups.all();
        ValueGroup[] groups = ValueGroup.values();
        Need[] needs = Need.values();
        StringBuilder services = new StringBuilder();
        StringBuilder serviceTerritories = new StringBuilder();
        List<int[]> limited = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            String name = word(random) + " " + word(random) + " " + word(random) + " " + i;
            String description = "Servicio de " + word(random) + " y " + word(random) + " para " + word(random) + ".";
            Sector sector = sectors[random.nextInt(sectors.length)];
            Integer min = random.nextInt(10) < 3 ? random.nextInt(60) : null;
            Integer max = random.nextInt(10) == 0 ? (min == null ? 18 : min) + random.nextInt(40) : null;
            String sex = random.nextInt(10) == 0 ? (random.nextBoolean() ? "FEMALE" : "MALE") : "ANY";
            String pop = random.nextInt(5) == 0 ? "{" + groups[random.nextInt(groups.length)].name() + "}" : "{}";
            String sb = "{}";
            if (random.nextInt(10) < 4) {
                int to = 5 + random.nextInt(sisben.size() - 5);
                sb = "{" + String.join(",", sisben.subList(0, to)) + "}";
            }
            boolean everywhere = random.nextInt(10) >= 3;
            services.append(j).append('\t').append("SRV-").append(i).append('\t')
                    .append(firstActor + random.nextInt(ACTORS))
                    .append('\t').append(name).append('\t').append(description).append('\t').append(sector.name())
                    .append('\t')
                    .append("{").append(needs[random.nextInt(needs.length)].name()).append("}\t")
                    .append(min == null ? "\\N" : min.toString()).append('\t')
                    .append(max == null ? "\\N" : max.toString())
                    .append('\t').append(sex).append('\t').append(pop).append('\t').append(sb).append('\t')
                    .append(everywhere ? "t" : "f").append('\t')
                    .append(TextKeys.key(name + " SRV-" + i + " " + sector.label() + " " + description)).append('\n');
            if (!everywhere) {
                limited.add(new int[]{i, 1 + random.nextInt(3)});
            }
        }
        copy(ds, "copy offer_service (jurisdiction_id, code, provider_id, name, description, sector, needs, min_age, max_age, "
                + "sex, population_groups, sisben_groups, offered_everywhere, search_key) from stdin",
                services.toString());
        long firstService = jdbc.sql("select min(id) from offer_service where jurisdiction_id = :j").param("j", j)
                .query(Long.class).single();
        for (int[] l : limited) {
            Set<Long> used = new java.util.HashSet<>();
            for (int k = 0; k < l[1]; k++) {
                TerritoryView t = random.nextBoolean() ? comunas.get(random.nextInt(comunas.size()))
                        : barrios.get(random.nextInt(barrios.size()));
                if (used.add(t.id())) {
                    serviceTerritories.append(firstService + l[0]).append('\t').append(t.id()).append('\t')
                            .append(t.path()).append('\n');
                }
            }
        }
        copy(ds, "copy offer_service_territory (service_id, territory_id, territory_path) from stdin",
                serviceTerritories.toString());
        jdbc.sql(
                """
                        update offer_service s set area_paths = a.paths from (select service_id, array_agg(territory_path) as paths
                        from offer_service_territory group by service_id) a where a.service_id = s.id""")
                .update();
        jdbc.sql(
                """
                        insert into offer_eligibility (service_id, jurisdiction_id, active, min_age, max_age, sex, population_groups,
                          sisben_mask, offered_everywhere, area_paths)
                        select id, jurisdiction_id, status = 'ACTIVE', min_age, max_age, sex, population_groups,
                          (select coalesce(sum(1::bigint << (array_position(cast(:all as varchar[]), g) - 1)), 0)::bigint
                           from unnest(sisben_groups) g), offered_everywhere, area_paths
                        from offer_service where jurisdiction_id = :j""")
                .param("all", SisbenGroups.all().toArray(String[]::new))
                .param("j", j).update();
        jdbc.sql("vacuum analyze").update();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Minga offer benchmark, %s",
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)));
        lines.add(String.format(Locale.ROOT,
                "data: %,d services, %,d actors, %,d territories in one jurisdiction; loaded in %.1f s",
                SERVICES, ACTORS, 1 + COMUNAS + COMUNAS * BARRIOS_PER_COMUNA, loadSeconds));
        lines.add(String.format(Locale.ROOT, "%d measured calls per operation after %d warm-up calls", iterations,
                iterations / 4));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-62s %9s %9s %9s", "operation", "median", "p95", "max"));

        if (Boolean.getBoolean("bench.explain")) {
            TerritoryView home = barrios.get(3);
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            params.put("j", j);
            params.put("age", 40);
            params.put("sex", "FEMALE");
            params.put("groups", new String[]{"MIGRANTS"});
            params.put("sisben", "B3");
            params.put("ancestors", EligibilityReadModel.ancestors(home.path()));
            params.put("limit", 50);
            params.put("offset", 0);
            params.put("sisbenBit", EligibilityReadModel.sisbenMask(List.of("B3")));
            for (String sql : List.of(
                    "select count(*) filter (where " + EligibilityReadModel.ELIGIBLE_FAST
                            + ") as yes, count(*) as alls from offer_eligibility e where e.jurisdiction_id = :j and e.active",
                    OfferReadModel.CARD + "where s.jurisdiction_id = :j and s.status = 'ACTIVE' and "
                            + EligibilityReadModel.ELIGIBLE + " order by s.name, s.id limit :limit offset :offset",
                    OfferReadModel.CARD + "where s.jurisdiction_id = :j and s.status = 'ACTIVE' and not "
                            + EligibilityReadModel.ELIGIBLE + " order by s.name, s.id limit :limit offset :offset")) {
                jdbc.sql("explain (analyze, buffers) " + sql).params(params).query(String.class).list()
                        .forEach(System.out::println);
                System.out.println("----");
            }
        }
        Random r2 = new Random(7);
        ValueGroup[] groupValues = ValueGroup.values();
        lines.add(measure("eligibility: page of 50 eligible + 50 not (with reasons) + totals", iterations, () -> {
            TerritoryView home = barrios.get(r2.nextInt(barrios.size()));
            Set<ValueGroup> gs = r2.nextBoolean() ? EnumSet.of(groupValues[r2.nextInt(groupValues.length)])
                    : Set.of();
            PersonProfile p = new PersonProfile(r2.nextInt(90), r2.nextBoolean() ? Sex.FEMALE : Sex.MALE, gs,
                    sisben.get(r2.nextInt(sisben.size())), home.path(), home.name());
            EligibilityAnswer a = eligibility.eligibility(j, p, PageRequest.of(0, 50));
            return (int) (a.eligible().total() + a.notEligible().total());
        }));
        lines.add(measure("directory search: words without accents, page of 20 + total", iterations,
                () -> (int) offer.search(j,
                        new OfferReadModel.Search(QUERIES[r2.nextInt(QUERIES.length)], null, null, null, null, null,
                                true),
                        PageRequest.of(0, 20)).total()));
        lines.add(measure("directory search: words + territory (barrio), page of 20 + total", iterations,
                () -> (int) offer.search(j, new OfferReadModel.Search(QUERIES[r2.nextInt(QUERIES.length)],
                        barrios.get(r2.nextInt(barrios.size())), null, null, null, null, true), PageRequest.of(0, 20))
                        .total()));
        lines.add(
                measure("directory: territory + need, no words, page of 20 + total", iterations,
                        () -> (int) offer
                                .search(j,
                                        new OfferReadModel.Search(null, barrios.get(r2.nextInt(barrios.size())), null,
                                                needs[r2.nextInt(needs.length)], null, null, true),
                                        PageRequest.of(0, 20))
                                .total()));
        org.minga.actor.Actors actorsService = context.getBean(org.minga.actor.Actors.class);
        lines.add(
                measure("actor search: words without accents, page of 50 + total", iterations, () -> (int) actorsService
                        .search(j, "organizacion " + TextKeys.key(word(r2)), PageRequest.of(0, 50)).total()));

        String report = String.join("\n", lines) + "\n";
        System.out.print(report);
        Path dir = Path.of("bench/results");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve(
                        "offer-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt"),
                report);
    }

    static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    static long territory(JdbcClient jdbc, long j, long level, Long parent, String code, String name, String parentPath,
            int depth) {
        long id = jdbc
                .sql("""
                        insert into territory (jurisdiction_id, level_id, parent_id, code, name, name_key, area_type, path, depth)
                        values (:j, :l, :p, :c, :n, :k, 'URBAN', 'pending', :d) returning id""")
                .param("j", j).param("l", level).param("p", parent).param("c", code).param("n", name)
                .param("k", TextKeys.key(name)).param("d", depth).query(Long.class).single();
        jdbc.sql("update territory set path = :path where id = :id").param("path", parentPath + id + "/")
                .param("id", id).update();
        return id;
    }

    static void copy(DataSource ds, String sql, String data) throws Exception {
        try (Connection c = ds.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(sql, new StringReader(data));
        }
    }

    static String measure(String label, int iterations, IntSupplier call) {
        for (int i = 0; i < iterations / 4; i++) {
            var unused = call.getAsInt(); // the time is measured, not the count
        }
        long[] times = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long s = System.nanoTime();
            var unused = call.getAsInt(); // the time is measured, not the count
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "%-62s %7.1f ms %7.1f ms %7.1f ms", label, times[iterations / 2] / 1e6,
                times[(int) (iterations * 0.95)] / 1e6, times[iterations - 1] / 1e6);
    }
}
