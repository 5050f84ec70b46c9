package org.minga.household.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.minga.household.internal.search.SearchReadModel;
import org.minga.platform.Choices;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Role;
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

    static void measure(ConfigurableApplicationContext ctx, Jurisdiction j, List<TerritoryView> localidades,
            List<String> out) {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        SearchReadModel search = ctx.getBean(SearchReadModel.class);
        Choices persons = choices(ctx, "persons");
        Choices territories = choices(ctx, "territories");
        CurrentUser admin = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);
        CurrentUser field = new CurrentUser(0, "bench.campo", "Campo", Role.FIELD_TEAM, j.id(),
                localidades.get(0).id());
        Random r = new Random(7);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            String first = HouseholdBenchmark.FIRST[r.nextInt(HouseholdBenchmark.FIRST.length)];
            String last = HouseholdBenchmark.LAST[r.nextInt(HouseholdBenchmark.LAST.length)];
            names.add(first.substring(0, 3).toLowerCase(Locale.ROOT) + " " + last.substring(0, 3));
        }
        List<String> docs = jdbc.sql("select document_number from person where jurisdiction_id = :j "
                + "and territory_path like :p order by random() limit 300").param("j", j.id())
                .param("p", localidades.get(0).path() + "%").query(String.class).list();
        List<String> codes = jdbc.sql("select code from household where jurisdiction_id = :j "
                + "and territory_path like :p order by random() limit 300").param("j", j.id())
                .param("p", localidades.get(0).path() + "%").query(String.class).list();
        long matches = jdbc.sql("select count(*) from person where jurisdiction_id = :j and "
                + "to_tsvector('simple', name_key) @@ to_tsquery('simple', 'mar:* & gom:*')").param("j", j.id())
                .query(Long.class).single();
        out.add(String.format(Locale.ROOT, "header search (SearchReadModel, the first 50 sorted by name among at most "
                + "200 read; \"mar gom\" matches %,d people of the jurisdiction):", matches));
        out.add(time("  by name, field worker of a localidad (page of 50)", names,
                q -> search.find(q, field, 50).persons().size()));
        out.add(time("  by name, field worker, type-ahead (8)", names, q -> search.find(q, field, 8).persons().size()));
        out.add(time("  by name, administrator of every jurisdiction (page of 50)", names,
                q -> search.find(q, admin, 50).persons().size()));
        out.add(time("  by document, field worker", docs, q -> search.find(q, field, 50).persons().size()));
        out.add(time("  by document, administrator", docs, q -> search.find(q, admin, 50).persons().size()));
        out.add(time("  by household code, field worker", codes, q -> search.find(q, field, 50).households().size()));
        out.add(time("pickers (GET /choices/{kind}, 10 options): persons by name, with the access-log row", names,
                q -> persons.find(q, field, 10).size()));
        out.add(time("  persons by document, with the access-log row", docs, q -> persons.find(q, field, 10).size()));
        out.add(time("  territories by the start of a name", List.of("loc", "localidad 1", "dis", "02", "localidad 2"),
                q -> territories.find(q, admin, 10).size()));
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
