package org.minga.household.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.minga.household.internal.person.NameWords;
import org.minga.household.internal.person.PersonReadModel;
import org.minga.household.internal.search.SearchReadModel;
import org.minga.platform.AccessScope;
import org.minga.platform.Choices;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.Role;
import org.minga.platform.TextKeys;
import org.minga.territory.AreaType;
import org.minga.territory.NewTerritory;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The header search and the pickers at the households benchmark's population (run by {@link HouseholdBenchmark}
 * after the fill, {@code bench/households.sh}): as a field worker of one localidad and as an administrator, by the
 * start of a first name and a surname ("mar gom"), by document and by household code; the persons' and the
 * territories' pickers. Targets: search under 50 ms median, pickers under 30 ms median.
 */
final class SearchBenchmark {

    private SearchBenchmark() {
    }

    /** Words of the territories' and actors' names, so that a picker meets namesakes as in a city. */
    private static final String[] WORDS = {"San", "Santa", "Villa", "Nueva", "Alta", "Bella", "Gran", "Las", "Los",
            "Palmas", "Rosales", "Cedros", "Alamos", "Pinos", "Fontibón", "Tintal", "Bosa", "Usme", "Chapinero",
            "Kennedy", "Suba", "Tunal", "Restrepo", "Country", "Marsella", "Galerías", "Quiroga", "Olaya", "Patria",
            "Libertad", "Esperanza", "Progreso", "Unión", "Porvenir", "Jardín", "Castilla", "Timiza", "Lisboa",
            "Verbenal", "Toberín"};
    private static final int UPZ_PER_LOCALIDAD = 6;
    private static final int BARRIOS_PER_UPZ = 40;
    private static final int ACTORS = 20_000;

    static void measure(ConfigurableApplicationContext ctx, Jurisdiction j, List<TerritoryView> localidades,
            List<String> out) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        SearchReadModel search = ctx.getBean(SearchReadModel.class);
        PersonReadModel personList = ctx.getBean(PersonReadModel.class);
        Choices persons = choices(ctx, "persons");
        Choices territories = choices(ctx, "territories");
        Choices actors = choices(ctx, "actors");
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);
        CurrentUser field = new CurrentUser(0, "bench.campo", "Campo", Role.FIELD_TEAM, j.id(),
                localidades.get(0).id());
        CurrentUser local = new CurrentUser(0, "bench.local", "Local", Role.LOCAL, j.id(), localidades.get(0).id());
        out.add(places(ctx, j, localidades));
        Random r = new Random(7);
        List<String> names = new ArrayList<>();
        List<String> fullNames = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            String first = HouseholdBenchmark.FIRST[r.nextInt(HouseholdBenchmark.FIRST.length)];
            String last = HouseholdBenchmark.LAST[r.nextInt(HouseholdBenchmark.LAST.length)];
            names.add(first.substring(0, 3).toLowerCase(Locale.ROOT) + " " + last.substring(0, 3));
            fullNames.add(first + " " + last.substring(0, 4));
        }
        List<String> docs = jdbc.sql("select document_number from person where jurisdiction_id = :j "
                + "and territory_path like :p order by random() limit 300").param("j", j.id())
                .param("p", localidades.get(0).path() + "%").query(String.class).list();
        List<String> codes = jdbc.sql("select code from household where jurisdiction_id = :j "
                + "and territory_path like :p order by random() limit 300").param("j", j.id())
                .param("p", localidades.get(0).path() + "%").query(String.class).list();
        java.util.Map<String, Object> params = new java.util.HashMap<>(java.util.Map.of("j", j.id()));
        long matches = jdbc.sql("select count(*) from person p where p.jurisdiction_id = :j and "
                + NameWords.condition("mar gom", AccessScope.jurisdiction(j.id()), params)).params(params)
                .query(Long.class).single();
        out.add(String.format(Locale.ROOT, "header search (SearchReadModel, the first 50 sorted by name among at most "
                + "200 read; \"mar gom\" matches %,d people of the jurisdiction):", matches));
        out.add(time("  by name, field worker of a localidad (page of 50)", names,
                q -> search.find(q, field, 50).persons().size()));
        out.add(time("  by name, field worker, type-ahead (8)", names, q -> search.find(q, field, 8).persons().size()));
        // the fill gives the people of a localidad one first name (both follow the row number modulo 20): the
        // names of the localidad's own people meet some 20,000 namesakes there, the worst case of a keyed prefix
        List<String> own = jdbc.sql("select left(first_name, 3) || ' ' || left(last_name, 3) from person "
                + "where jurisdiction_id = :j and territory_path like :p order by random() limit 300")
                .param("j", j.id()).param("p", localidades.get(0).path() + "%").query(String.class).list();
        out.add(time("  by name, field worker, the localidad's own names (page of 50)", own,
                q -> search.find(q, field, 50).persons().size()));
        out.add(time("  by name, administrator of every jurisdiction (page of 50)", names,
                q -> search.find(q, admin, 50).persons().size()));
        out.add(time("  by document, field worker", docs, q -> search.find(q, field, 50).persons().size()));
        out.add(time("  by document, administrator", docs, q -> search.find(q, admin, 50).persons().size()));
        out.add(time("  by household code, field worker", codes, q -> search.find(q, field, 50).households().size()));
        out.add(time("person list by name (GET /api/v1/persons?name=first name and start of the surname, page of 10 "
                + "with its total), local user of a localidad", fullNames,
                q -> (int) personList.persons(j.id(), null, q, local, PageRequest.of(0, 10)).total()));
        out.add(time("pickers (GET /choices/{kind}, 10 options): persons by name, field worker, with the access-log "
                + "row", names, q -> persons.find(q, field, 10).size()));
        out.add(time("  persons by name, administrator, with the access-log row", names,
                q -> persons.find(q, admin, 10).size()));
        out.add(time("  persons by document, with the access-log row", docs, q -> persons.find(q, field, 10).size()));
        List<String> placeWords = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            String w = TextKeys.key(WORDS[r.nextInt(WORDS.length)]);
            placeWords.add(k % 2 == 0 ? w.substring(0, Math.min(3, w.length())) : w);
        }
        out.add(time("  territories by the start of a word of the name, administrator", placeWords,
                q -> territories.find(q, admin, 10).size()));
        out.add(time("  territories by the start of a word of the name, local user of a localidad", placeWords,
                q -> territories.find(q, local, 10).size()));
        out.add(time("  actors by the start of a word of the name, local user", placeWords,
                q -> actors.find(q, local, 10).size()));
    }

    /**
     * Bogotá's places and actors for the pickers, once (a kept database has them): under each of the 20 localidades
     * 6 UPZ of 40 barrios (4,920 territories in all), and 20,000 actors acting in one of them each.
     */
    private static String places(ConfigurableApplicationContext ctx, Jurisdiction j, List<TerritoryView> localidades) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        TerritoryTree tree = ctx.getBean(TerritoryTree.class);
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);
        if (tree.level(j.id(), "upz").isEmpty()) {
            long t0 = System.nanoTime();
            tree.defineLevel(admin, j.id(), "upz", "UPZ", 2);
            tree.defineLevel(admin, j.id(), "barrio", "Barrio", 3);
            Random r = new Random(11);
            List<TerritoryView> all = new ArrayList<>(localidades);
            for (TerritoryView l : localidades) {
                for (int u = 1; u <= UPZ_PER_LOCALIDAD; u++) {
                    TerritoryView upz = tree.create(admin, new NewTerritory(j.id(), "upz", l.id(),
                            l.code() + "-" + u, "UPZ " + word(r) + " " + word(r), AreaType.URBAN, null));
                    all.add(upz);
                    for (int b = 1; b <= BARRIOS_PER_UPZ; b++) {
                        all.add(tree.create(admin, new NewTerritory(j.id(), "barrio", upz.id(),
                                upz.code() + "-" + b, word(r) + " " + word(r) + " " + b, AreaType.URBAN, null)));
                    }
                }
            }
            jdbc.sql("""
                    insert into actor (jurisdiction_id, code, name, type, search_key)
                    select :j, 'ACT-' || g, 'Organización ' || (%1$s)[1 + g %% 40] || ' ' || (%1$s)[1 + (g / 40) %% 40]
                      || ' ' || g, 'COMMUNITY_ORGANIZATION', 'organizacion ' || (%2$s)[1 + g %% 40] || ' '
                      || (%2$s)[1 + (g / 40) %% 40] || ' ' || g || ' act-' || g
                    from generate_series(1, :n) g""".formatted(HouseholdBenchmark.sqlArray(WORDS, false),
                    HouseholdBenchmark.sqlArray(WORDS, true)))
                    .param("j", j.id()).param("n", ACTORS).update();
            jdbc.sql("""
                    insert into actor_territory (actor_id, territory_id, territory_path)
                    select a.id, t.ids[1 + a.id % t.n], t.paths[1 + a.id % t.n] from actor a,
                      (select array_agg(id order by id) ids, array_agg(path order by id) paths, count(*)::int n
                       from territory where jurisdiction_id = :j) t
                    where a.jurisdiction_id = :j""").param("j", j.id()).update();
            for (String table : List.of("territory", "actor", "actor_territory")) {
                jdbc.sql("analyze " + table).update();
            }
            return String.format(Locale.ROOT, "places for the pickers: %,d territories and %,d actors added in %.1f s",
                    all.size() - localidades.size(), ACTORS, HouseholdBenchmark.secs(t0));
        }
        return "places for the pickers: kept";
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static Choices choices(ConfigurableApplicationContext ctx, String kind) {
        return ctx.getBeansOfType(Choices.class).values().stream().filter(c -> c.kind().equals(kind)).findFirst()
                .orElseThrow();
    }

    private static String time(String what, List<String> queries, java.util.function.ToIntFunction<String> call) {
        int warm = Math.min(50, queries.size());
        int n = Math.max(queries.size(), 200);
        long[] t = new long[n];
        long found = 0;
        for (int k = -warm; k < n; k++) {
            String q = queries.get(Math.floorMod(k, queries.size()));
            long a = System.nanoTime();
            int got = call.applyAsInt(q);
            if (k >= 0) {
                t[k] = System.nanoTime() - a;
                found += got;
            }
        }
        return HouseholdBenchmark.stats(what, t)
                + String.format(Locale.ROOT, ", %.1f found a call", found / (double) n);
    }
}
