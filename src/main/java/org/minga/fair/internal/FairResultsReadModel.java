package org.minga.fair.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.minga.fair.internal.FairRecords.Count;
import org.minga.fair.internal.FairRecords.Results;
import org.minga.referral.Referrals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fair's results (people, attentions, by service, entity, age group, sex and population group, referrals by
 * status, satisfaction) and the figures that compare the fairs of a year. Hand-written SQL over the fair's
 * registrations and attendances.
 */
@Component
record FairResultsReadModel(JdbcClient jdbc, Referrals referrals) {

    static final String AGE_GROUP = """
            case when age is null then 'Sin dato' when age < 6 then '0 a 5 años (primera infancia)'
                 when age < 12 then '6 a 11 años (infancia)' when age < 18 then '12 a 17 años (adolescencia)'
                 when age < 29 then '18 a 28 años (juventud)' when age < 60 then '29 a 59 años (adultez)'
                 else '60 años o más (persona mayor)' end""";

    /** People are counted once per fair, with their data at their latest registration there. */
    Results results(long fairId) {
        Map<String, Object> p = Map.of("f", fairId);
        long people = jdbc.sql("select count(distinct person_id) from fair_registration where fair_id = :f").params(p)
                .query(Long.class).single();
        long registrations = jdbc.sql("select count(*) from fair_registration where fair_id = :f").params(p)
                .query(Long.class).single();
        long attentions = jdbc.sql("select count(*) from fair_attendance where fair_id = :f").params(p)
                .query(Long.class).single();
        List<Count> byService = jdbc.sql("""
                select a.service_name, max(a.actor_name), count(*), count(distinct r.person_id) from fair_attendance a
                join fair_registration r on r.id = a.registration_id where a.fair_id = :f
                group by a.service_id, a.service_name order by count(*) desc, a.service_name""")
                .params(p).query(FairResultsReadModel::count).list();
        List<Count> byEntity = jdbc.sql("""
                select a.actor_name, null, count(*), count(distinct r.person_id) from fair_attendance a
                join fair_registration r on r.id = a.registration_id where a.fair_id = :f
                group by a.actor_id, a.actor_name order by count(*) desc, a.actor_name""")
                .params(p).query(FairResultsReadModel::count).list();
        String latest = "(select distinct on (person_id) * from fair_registration where fair_id = :f order by person_id, registered_at desc, id desc) x";
        List<Count> byAge = jdbc
                .sql("select " + AGE_GROUP + " as g, null, 0, count(*) from " + latest
                        + " group by g order by min(coalesce(age, 999))")
                .params(p).query(FairResultsReadModel::count).list();
        List<Count> bySex = jdbc
                .sql("""
                        select case sex when 'F' then 'Mujer' when 'M' then 'Hombre' when 'I' then 'Intersexual' else 'Sin dato' end as g,
                          null, 0, count(*) from """
                        + latest + " group by g order by count(*) desc")
                .params(p).query(FairResultsReadModel::count).list();
        List<Count> byGroup = jdbc
                .sql("""
                        select trim(g), null, 0, count(*) from """ + latest
                        + """
                                 cross join lateral unnest(string_to_array(coalesce(nullif(x.population_groups, ''), 'Ninguno declarado'), ',')) g
                                group by trim(g) order by count(*) desc, trim(g)""")
                .params(p).query(FairResultsReadModel::count).list();
        List<Long> refIds = jdbc
                .sql("select referral_id from fair_registration where fair_id = :f and referral_id is not null")
                .params(p).query(Long.class).list();
        Map<String, Long> byStatus = new TreeMap<>();
        referrals.statusLabels(refIds).values().forEach(s -> byStatus.merge(s, 1L, Long::sum));
        List<Count> refs = byStatus.entrySet().stream().map(e -> new Count(e.getKey(), null, 0, e.getValue())).toList();
        Map<String, Object> sat = jdbc.sql(
                "select count(satisfaction) as n, avg(satisfaction) as a from fair_registration where fair_id = :f")
                .params(p).query().singleRow();
        Number avg = (Number) sat.get("a");
        return new Results(people, registrations, attentions, byService, byEntity, byAge, bySex, byGroup, refIds.size(),
                refs,
                ((Number) sat.get("n")).longValue(), avg == null ? null : Math.round(avg.doubleValue() * 10) / 10.0);
    }

    private static Count count(ResultSet rs, int n) throws SQLException {
        return new Count(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
    }

    /** For each fair: people, attentions, participating entities and referrals, in that order. */
    Map<Long, long[]> figures(List<Long> fairIds) {
        Map<Long, long[]> figures = new LinkedHashMap<>();
        jdbc.sql("""
                select f.id,
                  (select count(distinct person_id) from fair_registration r where r.fair_id = f.id),
                  (select count(*) from fair_attendance a where a.fair_id = f.id),
                  (select count(*) from fair_participant p where p.fair_id = f.id and p.kind = 'ENTIDAD'),
                  (select count(referral_id) from fair_registration r where r.fair_id = f.id)
                from fair f where f.id in (:ids)""")
                .param("ids", fairIds)
                .query((rs, n) -> Map.entry(rs.getLong(1),
                        new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}))
                .list().forEach(e -> figures.put(e.getKey(), e.getValue()));
        return figures;
    }
}
