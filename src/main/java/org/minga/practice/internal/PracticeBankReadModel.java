package org.minga.practice.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public bank: published practices only, searched in Spanish without regard to accents or case (on
 * the accent-free key with a trigram index), with facets and related practices.
 */
@Component
record PracticeBankReadModel(JdbcClient jdbc) {

    private static final String FROM = """
             from practice p join jurisdiction j on j.id = p.jurisdiction_id
                  join practice_format f on f.id = p.format_id
                  left join territory t on t.id = p.territory_id
                  left join (select a.practice_id, avg(s.score) as mean from practice_score s
                             join practice_assignment a on a.id = s.assignment_id where a.status = 'EVALUADA'
                             group by a.practice_id) sc on sc.practice_id = p.id
            """;

    PageResult<BankItem> search(BankQuery query, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        long total = bind(jdbc.sql("select count(*)" + FROM + where), params).query(Long.class).single();
        List<BankItem> items = bind(jdbc
                .sql("""
                        select p.id, p.title, p.entity_name, j.name as jurisdiction_name, p.sector, p.process, p.level,
                               p.year, t.name as territory_name, f.name as format_name, sc.mean as score,
                               left(coalesce(p.answers ->> 'descripcion', p.answers ->> 'proposito', p.answers ->> 'nombre', ''), 320) as excerpt
                        """
                        + FROM + where + " order by p.published_at desc, p.id desc limit :limit offset :offset"),
                params)
                        .param("limit", page.size()).param("offset", page.offset())
                        .query(BankItem.class).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Counts per value of each facet over the practices the query finds. */
    Map<String, List<Facet>> facets(BankQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        Map<String, List<Facet>> out = new LinkedHashMap<>();
        out.put("entity", facet("p.entity_name", where, params));
        out.put("sector", facet("p.sector", where, params));
        out.put("territory", facet("coalesce(t.name, j.name)", where, params));
        out.put("level", facet("cast(p.level as text)", where, params));
        out.put("year", facet("cast(p.year as text)", where, params));
        out.put("process", facet("p.process", where, params));
        out.put("score", facet(
                "case when sc.mean >= 4 then '4' when sc.mean >= 3 then '3' when sc.mean is not null then '1' end",
                where, params));
        return out;
    }

    private List<Facet> facet(String expr, String where, Map<String, Object> params) {
        return bind(jdbc.sql("select " + expr + " as value, count(*) as count" + FROM + where + " and " + expr
                + " is not null group by 1 order by 2 desc, 1 limit 30"), params).query(Facet.class).list();
    }

    List<BankItem> related(GoodPractice p) {
        return jdbc
                .sql("""
                        select p.id, p.title, p.entity_name, j.name as jurisdiction_name, p.sector, p.process, p.level,
                               p.year, t.name as territory_name, f.name as format_name, sc.mean as score, '' as excerpt
                        """ + FROM
                        + """
                                where p.status = 'PUBLICADA' and p.id <> :id
                                order by (case when p.sector = :sector then 2 else 0 end) + (case when p.process = :process then 2 else 0 end)
                                         + (case when p.entity_key = (select entity_key from practice where id = :id) then 1 else 0 end)
                                         + similarity(p.search_key, (select left(search_key, 2000) from practice where id = :id)) * 4 desc,
                                         p.published_at desc
                                limit 5""")
                .param("id", p.id()).param("sector", p.sector() == null ? "" : p.sector())
                .param("process", p.process() == null ? "" : p.process())
                .query(BankItem.class).list();
    }

    private static String where(BankQuery q, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where p.status = 'PUBLICADA'");
        String key = TextKeys.key(q.q());
        if (key != null && !key.isBlank()) {
            List<String> words = new ArrayList<>(
                    Arrays.asList(key.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+")));
            words.removeIf(String::isBlank);
            for (int i = 0; i < words.size() && i < 8; i++) {
                w.append(" and p.search_key like :w").append(i);
                params.put("w" + i, "%" + words.get(i) + "%");
            }
        }
        eq(w, params, "entity", "p.entity_name", q.entity());
        eq(w, params, "sector", "p.sector", q.sector());
        eq(w, params, "territory", "coalesce(t.name, j.name)", q.territory());
        eq(w, params, "process", "p.process", q.process());
        if (q.level() != null) {
            w.append(" and p.level = :level");
            params.put("level", q.level());
        }
        if (q.year() != null) {
            w.append(" and p.year = :year");
            params.put("year", q.year());
        }
        if (q.minScore() != null) {
            w.append(" and sc.mean >= :minScore");
            params.put("minScore", q.minScore());
        }
        return w.toString();
    }

    private static void eq(StringBuilder w, Map<String, Object> params, String name, String expr, String value) {
        if (value != null && !value.isBlank()) {
            w.append(" and ").append(expr).append(" = :").append(name);
            params.put(name, value.strip());
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        for (Map.Entry<String, Object> e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec;
    }

    record BankQuery(String q, String entity, String sector, String territory, Integer level, Integer year,
            String process, Integer minScore) {
        public boolean filtered() {
            return entity != null || sector != null || territory != null || level != null || year != null
                    || process != null || minScore != null;
        }
    }

    record BankItem(long id, String title, String entityName, String jurisdictionName, String sector, String process,
            int level, int year, String territoryName, String formatName, Double score, String excerpt) {
        public String scoreText() {
            return score == null ? null : String.format(java.util.Locale.ROOT, "%.1f", score).replace('.', ',');
        }
    }

    record Facet(String value, long count) {
    }
}
