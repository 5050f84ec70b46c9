package org.minga.household.internal;

import org.minga.household.internal.alert.AlertRecords;
import org.minga.household.internal.alert.AlertRuleService;
import org.minga.household.internal.household.HouseholdReadModel;
import org.minga.household.internal.household.HouseholdView;
import org.minga.household.internal.person.PersonReadModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.minga.BenchmarkCity;
import org.minga.BenchmarkRun;
import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportContext;
import org.minga.platform.Imports;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewJurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.Role;
import org.minga.territory.AreaType;
import org.minga.territory.NewTerritory;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scale benchmark of households and persons (not part of the test suite; run with {@code bench/households.sh}).
 * On a fresh embedded PostgreSQL: a jurisdiction with 20 localidades; a CSV of N people (default 1,000,000) in
 * N/2 households; a plain COPY of that file into an ordinary (logged, unindexed) table of its text columns; then the same file through the
 * import framework ("persons": header check, per-row validation, duplicate detection inside the file and
 * against the database, COPY load of households, persons and authorizations, alert rules). Then the population
 * is filled up to a Bogotá size (default 8,000,000 people in 2,600,000 households, with attentions) and the
 * lookup of a person by document is timed.
 */
public final class HouseholdBenchmark {

    static final String[] FIRST = BenchmarkCity.FIRST;
    static final String[] LAST = BenchmarkCity.LAST;
    static final String HEADER = "codigo_hogar,codigo_territorio,parentesco,tipo_documento,numero_documento,primer_nombre,"
            + "primer_apellido,segundo_apellido,fecha_nacimiento,sexo,autoriza_nombre,autoriza_canal,autoriza_finalidades,"
            + "autoriza_evidencia,autoriza_representante,autoriza_parentesco\n";

    private HouseholdBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int imported = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int population = args.length > 1 ? Integer.parseInt(args[1]) : 8_000_000;
        int householdsTotal = args.length > 2 ? Integer.parseInt(args[2]) : 2_600_000;
        // the import logs the time of each of its phases at debug level
        System.setProperty("logging.level." + "org.minga.household.internal.importing.PersonImportHandler", "debug");
        // -Dbench.keep=true (KEEP=1 bench/households.sh): the database of the previous run is kept; when it holds the
        // benchmark's jurisdiction, the import and the fill are skipped and only the measurements run again
        if (Boolean.getBoolean("bench.keep")) {
            BenchmarkRun.runKept("bench-households-postgres", context -> {
                var kept = context.getBean(Jurisdictions.class).byCode("99911");
                if (kept.isPresent()) {
                    measureKept(context, kept.get());
                } else {
                    run(context, imported, population, householdsTotal);
                }
            });
        } else {
            // -Dbench.only=import: the import and its floor only (issue 26's ratio), no fill and no lookups
            boolean fill = !"import".equals(System.getProperty("bench.only"));
            BenchmarkRun.run("bench-households-postgres",
                    context -> run(context, imported, population, householdsTotal, fill));
        }
    }

    static void run(ConfigurableApplicationContext ctx, int imported, int population, int householdsTotal)
            throws Exception {
        run(ctx, imported, population, householdsTotal, true);
    }

    /** With {@code fill} false, stops after the import (for experiments on the imported rows). */
    static void run(ConfigurableApplicationContext ctx, int imported, int population, int householdsTotal, boolean fill)
            throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        DataSource ds = ctx.getBean(DataSource.class);
        Jurisdictions jurisdictions = ctx.getBean(Jurisdictions.class);
        TerritoryTree tree = ctx.getBean(TerritoryTree.class);
        TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);
        List<String> out = printing();

        Jurisdiction j = jurisdictions
                .create(new NewJurisdiction("99911", "Bogotá (benchmark)", "CO", "America/Bogota"));
        tree.defineLevel(admin, j.id(), "distrito", "Distrito", 0);
        tree.defineLevel(admin, j.id(), "localidad", "Localidad", 1);
        TerritoryView root = tree.create(admin,
                new NewTerritory(j.id(), "distrito", null, "99911", "Distrito", AreaType.URBAN, null));
        List<TerritoryView> localidades = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            localidades
                    .add(tree.create(admin, new NewTerritory(j.id(), "localidad", root.id(), String.format("%02d", i),
                            "Localidad " + i, AreaType.URBAN, null)));
        }

        // the demo alert rules, so that the import runs them
        AlertRuleService care = ctx.getBean(AlertRuleService.class);
        care.create(
                new AlertRecords.RuleCommand(j.code(), "MAYOR-SOLO", "Persona mayor que vive sola", "OLDER_ADULT_ALONE",
                        java.util.Map.of("minAge", 60), "ALTA", 15),
                admin);
        care.create(new AlertRecords.RuleCommand(j.code(), "DISCAPACIDAD", "Discapacidad sin certificado",
                "DISABILITY_WITHOUT_CERTIFICATE", java.util.Map.of(), "MEDIA", 30), admin);
        care.create(new AlertRecords.RuleCommand(j.code(), "GESTANTE", "Adolescente gestante", "PREGNANT_ADOLESCENT",
                java.util.Map.of("maxAge", 19, "question", "gestante"), "ALTA", 8), admin);

        // 1. the file: N people in N/2 households, spread over the 20 localidades
        long t0 = System.nanoTime();
        byte[] file = generate(imported, 1, 1_000_000_000L, new Random(42));
        out.add(String.format(Locale.ROOT, "generated %,d rows (%,d households) in %.1f s, %.1f MB", imported,
                imported / 2,
                secs(t0), file.length / 1e6));

        // 2. plain COPY of the same file into an ordinary (logged) table with the file's columns, no indexes
        jdbc.sql("create table bench_copy (" + String.join(" text, ", HEADER.strip().split(",")) + " text)").update();
        long c0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy bench_copy from stdin with (format csv, header true)",
                    new java.io.ByteArrayInputStream(file));
        }
        double copySecs = secs(c0);
        out.add(String.format(Locale.ROOT,
                "plain COPY into an ordinary (logged) table of the file's text columns: %.1f s (%,.0f rows/s)",
                copySecs, imported / copySecs));
        jdbc.sql("drop table bench_copy").update();

        // 3. the import
        Imports imports = ctx.getBean(Imports.class);
        long i0 = System.nanoTime();
        // progress counts the rows validated, then starts again for the rows loaded: the drop marks the load's start
        long[] marks = {0, 0, 0}; // last count, validation done (ns), load started (ns)
        int loaded = tx.execute(s -> imports.importNow("persons", "bench.csv", file, new ImportContext(admin, j, n -> {
            if (n == imported && marks[1] == 0) {
                marks[1] = System.nanoTime();
            } else if (n < marks[0] && marks[2] == 0) {
                marks[2] = System.nanoTime();
            }
            marks[0] = n;
        })));
        long i1 = System.nanoTime();
        double importSecs = secs(i0);
        out.add(String.format(Locale.ROOT, "import (validation, duplicate detection in file and database, COPY load, "
                + "alerts): %,d rows in %.1f s = %,.0f rows/s; %.1fx the plain COPY", loaded, importSecs,
                loaded / importSecs, importSecs / copySecs));
        if (marks[1] > 0 && marks[2] > 0) {
            out.add(String.format(Locale.ROOT,
                    "  of which: reading and validating the rows %.1f s; duplicates against the "
                            + "database, id reservation, COPY of households %.1f s; COPY of persons, authorizations, alerts %.1f s",
                    (marks[1] - i0) / 1e9, (marks[2] - marks[1]) / 1e9, (i1 - marks[2]) / 1e9));
        }
        long alerts = jdbc.sql("select count(*) from alert where jurisdiction_id = :j").param("j", j.id())
                .query(Long.class).single();
        out.add(String.format(Locale.ROOT, "  alerts opened by the import: %,d", alerts));
        // 3a. the import against its real floor (issue 26): the same rows COPY-ed into tables with the same indexes
        // and keys; target 1.5x at 1 M people
        double floorSecs = ImportFloor.measure(jdbc, ds, j.id(), out);
        out.add(String.format(Locale.ROOT, "import / floor: %.2fx (%.1f s of the import's own work)",
                importSecs / floorSecs, importSecs - floorSecs));

        // 3b. a second file with one document of the database and one repeated: reported before anything loads
        byte[] dup = (HEADER + "HB-DUP-1,01,JEFE,CC,1000000001,Ana,Pérez,Gómez,1980-01-01,F,Ana,PRESENCIAL,APS,F-1,,\n"
                + "HB-DUP-1,01,CONYUGE,CC,1999999999,Luis,Pérez,Gómez,1980-01-01,M,Luis,PRESENCIAL,APS,F-2,,\n"
                + "HB-DUP-1,01,HERMANO,CC,1999999999,Luis,Pérez,Gómez,1980-01-01,M,Luis,PRESENCIAL,APS,F-3,,\n")
                        .getBytes(StandardCharsets.UTF_8);
        try {
            tx.execute(s -> imports.importNow("persons", "dup.csv", dup, new ImportContext(admin, j, n -> {
            })));
            out.add("  ERROR: the duplicate file loaded");
        } catch (org.minga.platform.ImportRejectedException e) {
            out.add("  duplicates reported before loading: " + e.errors().size() + " (" + e.errors().get(0).message()
                    + ")");
        }

        if (!fill) {
            return;
        }

        // 4. fill up to a Bogotá-sized population with set-based SQL (the generator), with the names of the file (so
        // that a search by name meets as many namesakes as in a city), plus attentions. The index of
        // name prefixes (the search by name) is dropped for the fill: inserting 7 million rows into a GIN index
        // one by one takes longer than the whole rest; the lookup by document does not use it.
        long f0 = System.nanoTime();
        // every GIN index of person (the name prefixes of V530, whatever a later migration names them)
        List<String> wordIndexes = jdbc.sql("select indexdef from pg_indexes where tablename = 'person' and indexdef "
                + "like '% USING gin %' order by indexname").query(String.class).list();
        for (String name : jdbc.sql("select indexname from pg_indexes where tablename = 'person' and indexdef "
                + "like '% USING gin %'").query(String.class).list()) {
            jdbc.sql("drop index " + name).update();
        }
        int moreHouseholds = Math.max(0, householdsTotal - imported / 2);
        int morePeople = Math.max(0, population - imported);
        String paths = "array[" + String.join(",", localidades.stream().map(t -> "'" + t.path() + "'").toList()) + "]";
        String ids = "array[" + String.join(",", localidades.stream().map(t -> String.valueOf(t.id())).toList()) + "]";
        jdbc.sql(
                "create temp table fill_h as select nextval(pg_get_serial_sequence('household', 'id')) as id, g, (g % 20) + 1 as l "
                        + "from generate_series(1, :n) g")
                .param("n", moreHouseholds).update();
        jdbc.sql(
                "insert into household (id, jurisdiction_id, code, territory_id, territory_path, priority, created_by) "
                        + "select id, :j, 'HF-' || g, (" + ids + ")[l], (" + paths
                        + ")[l], g % 7 = 0, 'bench' from fill_h")
                .param("j", j.id()).update();
        jdbc.sql(
                "insert into person (jurisdiction_id, household_id, relation, territory_id, territory_path, document_type, "
                        + "document_number, first_name, last_name, name_key, birth_date, sex, created_by) "
                        + "select :j, h.id, case when p.g % 3 = 0 then 'JEFE' else 'HIJO' end, (" + ids + ")[h.l], ("
                        + paths + ")[h.l], 'CC', "
                        + "(2000000000 + p.g)::text, (" + sqlArray(FIRST, false) + ")[1 + p.g % 20], ("
                        + sqlArray(LAST, false) + ")[1 + (p.g / 20) % 20], (" + sqlArray(FIRST, true)
                        + ")[1 + p.g % 20] || ' ' || (" + sqlArray(LAST, true) + ")[1 + (p.g / 20) % 20], "
                        + "date '1950-01-01' + (p.g % 25000), case when p.g % 2 = 0 then 'F' else 'M' end, 'bench' "
                        + "from generate_series(1, :n) p(g) join fill_h h on h.g = 1 + (p.g % :hh)")
                .param("j", j.id()).param("n", morePeople).param("hh", Math.max(1, moreHouseholds)).update();
        jdbc.sql(
                "insert into data_authorization (jurisdiction_id, person_id, granted_by_name, channel, purposes, evidence, "
                        + "granted_at, recorded_by) select jurisdiction_id, id, 'Titular', 'PRESENCIAL', 'APS', 'Formato', now(), "
                        + "'bench' from person where jurisdiction_id = :j and created_by = 'bench' and document_number >= '2'")
                .param("j", j.id()).update();
        jdbc.sql(
                "insert into attention (jurisdiction_id, setting, mode, attended_on, territory_id, territory_path, actor_name, "
                        + "participant_count, person_id, household_id, created_by) select jurisdiction_id, "
                        + "(array['HOGAR','EDUCATIVO','LABORAL','INSTITUCIONAL','COMUNITARIO'])[1 + id % 5], 'INDIVIDUAL', "
                        + "date '2025-01-01' + (id % 365)::int, territory_id, territory_path, 'Equipo', 1, id, household_id, 'bench' "
                        + "from person where jurisdiction_id = :j and id % 4 = 0")
                .param("j", j.id()).update();
        jdbc.sql("analyze").update();
        long people = jdbc.sql("select count(*) from person where jurisdiction_id = :j").param("j", j.id())
                .query(Long.class).single();
        long households = jdbc.sql("select count(*) from household where jurisdiction_id = :j").param("j", j.id())
                .query(Long.class).single();
        long attentions = jdbc.sql("select count(*) from attention where jurisdiction_id = :j").param("j", j.id())
                .query(Long.class).single();
        out.add(String.format(Locale.ROOT,
                "population: %,d people in %,d households, %,d attentions (filled in %.1f s)",
                people, households, attentions, secs(f0)));

        // the index of name prefixes (bare and keyed by territory, V530), built again in bulk after the fill
        for (String index : wordIndexes) {
            long w0 = System.nanoTime();
            jdbc.sql(index).update();
            out.add(String.format(Locale.ROOT, "index built over the population in %.1f s: %s", secs(w0),
                    index.substring(0, index.indexOf(" ON "))));
        }
        jdbc.sql("analyze person").update();
        measure(ctx, j, localidades, out);
    }

    /** The measurements again on the kept database of a previous run ({@code -Dbench.keep=true}). */
    static void measureKept(ConfigurableApplicationContext ctx, Jurisdiction j) throws Exception {
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);
        TerritoryTree tree = ctx.getBean(TerritoryTree.class);
        TerritoryView root = tree.roots(admin, j.id()).get(0);
        List<TerritoryView> localidades = tree.children(admin, root.id()).stream()
                .sorted(java.util.Comparator.comparing(TerritoryView::code)).toList();
        List<String> out = printing();
        out.add("kept database: " + ctx.getBean(JdbcClient.class).sql("select count(*) from person")
                .query(Long.class).single() + " people");
        ctx.getBean(JdbcClient.class).sql("analyze person").update();
        if ("search".equals(System.getProperty("bench.only"))) {
            // -Dbench.only=search: the header search and the pickers only (step 8)
            SearchBenchmark.measure(ctx, j, localidades, out);
            return;
        }
        measure(ctx, j, localidades, out);
    }

    private static List<String> printing() {
        return new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(line);
                return super.add(line);
            }
        };
    }

    /** Steps 5 to 8: lookups, searches, lists and pickers over the filled population. */
    static void measure(ConfigurableApplicationContext ctx, Jurisdiction j, List<TerritoryView> localidades,
            List<String> out) throws IOException {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);
        // 5. lookups by document, random existing people, after warm-up
        Households api = ctx.getBean(Households.class);
        PersonReadModel persons = ctx.getBean(PersonReadModel.class);
        HouseholdReadModel householdReads = ctx.getBean(HouseholdReadModel.class);
        int calls = 2000;
        record Doc(String type, String number) {
        }
        List<Doc> sample = jdbc.sql("select document_type, document_number from person where jurisdiction_id = :j "
                + "and document_number is not null order by random() limit :n").param("j", j.id())
                .param("n", calls + 500)
                .query((rs, n) -> new Doc(rs.getString(1), rs.getString(2))).list();
        long[] byApi = new long[calls];
        long[] bySearch = new long[calls];
        for (int k = -500; k < calls; k++) {
            Doc doc = sample.get(k + 500);
            long a = System.nanoTime();
            var found = api.personByDocument(j.id(), DocumentType.valueOf(doc.type()), doc.number());
            long b = System.nanoTime();
            var page = persons.persons(j.id(), doc.number(), null, admin, PageRequest.of(0, 10));
            long c = System.nanoTime();
            if (found.isEmpty() || page.total() == 0) {
                throw new IllegalStateException("lookup missed " + doc);
            }
            if (k >= 0) {
                byApi[k] = b - a;
                bySearch[k] = c - b;
            }
        }
        out.add(stats("lookup by document (Households.personByDocument)", byApi));
        out.add(stats("person search by document (GET /api/v1/persons?document=, with count)", bySearch));

        // 6. the search by name at full size: a first name and a surname's start (the page of 10 and its count)
        List<String> names = jdbc
                .sql("select first_name || ' ' || left(last_name, 4) from person where jurisdiction_id = :j "
                        + "and document_number < '2' order by random() limit 300")
                .param("j", j.id()).query(String.class).list();
        java.util.Map<String, Object> byNameParams = new java.util.HashMap<>(java.util.Map.of("j", j.id()));
        String byNameCondition = org.minga.household.internal.person.NameWords.condition(names.get(0),
                org.minga.platform.AccessScope.jurisdiction(j.id()), byNameParams);
        List<String> plan = jdbc.sql("explain select count(*) from person p where p.territory_path like '/%' and "
                + "p.merged_into is null and p.jurisdiction_id = :j and " + byNameCondition).params(byNameParams)
                .query(String.class).list();
        out.add("  plan of the count by name: " + plan.stream().map(String::strip).filter(l -> l.contains("Scan"))
                .findFirst().orElse(plan.get(0)));
        long[] byName = new long[names.size() - 50];
        long matches = 0;
        for (int k = -50; k < byName.length; k++) {
            long a = System.nanoTime();
            var page = persons.persons(j.id(), null, names.get(k + 50), admin, PageRequest.of(0, 10));
            if (page.total() == 0) {
                throw new IllegalStateException("name search missed " + names.get(k + 50));
            }
            if (k >= 0) {
                byName[k] = System.nanoTime() - a;
                matches += page.total();
            }
        }
        out.add(stats(
                "person search by name (GET /api/v1/persons?name=first name and start of the surname, with count)",
                byName)
                + String.format(Locale.ROOT, ", %,d matches a search on average", matches / byName.length));

        // 7. the household list (GET /households, first page of 50 of a localidad, with its total), and the same with
        // the access-log row the web layer writes for it (one insert with the 50 household ids)
        org.minga.privacy.PersonalDataAccess access = ctx.getBean(org.minga.privacy.PersonalDataAccess.class);
        List<String> listPaths = localidades.stream().map(TerritoryView::path).toList();
        long[] list = new long[200];
        long[] listLogged = new long[200];
        for (int k = -50; k < list.length; k++) {
            String path = listPaths.get(Math.floorMod(k, listPaths.size()));
            long a = System.nanoTime();
            householdReads.households(j.id(), path, null, null, admin, PageRequest.of(0, 50));
            long b = System.nanoTime();
            var page = householdReads.households(j.id(), path, null, null, admin, PageRequest.of(0, 50));
            access.logRead(org.minga.privacy.PersonalDataAccess.HOUSEHOLD,
                    page.items().stream().map(HouseholdView::id).toList(),
                    j.id(), org.minga.privacy.PersonalDataAccess.LIST);
            long c = System.nanoTime();
            if (k >= 0) {
                list[k] = b - a;
                listLogged[k] = c - b;
            }
        }
        out.add(stats("household list of a localidad (GET /households, page of 50 with total)", list));
        out.add(stats("household list of a localidad with its access-log row", listLogged));

        // 8. the header search and the pickers (issue 17)
        SearchBenchmark.measure(ctx, j, localidades, out);

        String report = "Households benchmark " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + "\n"
                + String.join("\n", out) + "\n";
        System.out.println(report);
        Path dir = Path.of("bench/results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("households-" + LocalDate.now() + ".txt"), report);
    }

    public static byte[] generate(int people, int start, long docBase, Random r) throws IOException {
        StringBuilder sb = new StringBuilder(people * 140);
        sb.append(HEADER);
        LocalDate today = LocalDate.now();
        int households = Math.max(1, people / 2);
        for (int i = 0; i < people; i++) {
            int h = i % households;
            // every 50th household has one member only (an older adult alone when the head is 60+)
            boolean head = i < households;
            int age = head ? 20 + r.nextInt(60) : r.nextInt(80);
            boolean minor = age < 18;
            String type = age >= 18 ? "CC" : age >= 7 ? "TI" : "RC";
            long doc = docBase + start + i;
            String number = String.valueOf(doc);
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[h % LAST.length];
            sb.append("HB-").append(h).append(',').append(String.format("%02d", 1 + h % 20)).append(',')
                    .append(head ? "JEFE" : "HIJO").append(',').append(type).append(',').append(number).append(',')
                    .append(first).append(',').append(last).append(',').append(LAST[r.nextInt(LAST.length)]).append(',')
                    .append(today.minusYears(age).minusDays(1 + r.nextInt(360))).append(',')
                    .append(r.nextBoolean() ? 'F' : 'M')
                    .append(',').append(minor ? "Acudiente" : first + " " + last).append(",PRESENCIAL,APS,F-")
                    .append(doc)
                    .append(',').append(minor ? "si,Madre" : ",").append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The names as an SQL array literal; with {@code keys} as the search keys (lower case, no accents). */
    static String sqlArray(String[] names, boolean keys) {
        return BenchmarkCity.sqlArray(names, keys);
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String stats(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%s: median %.2f ms, p95 %.2f ms, max %.2f ms (%d calls)", what,
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, s[s.length - 1] / 1e6, s.length);
    }
}
