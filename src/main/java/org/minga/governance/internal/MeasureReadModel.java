package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.minga.territory.Territories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The intersectoral measures (help page /governance/measures gives the formulas):
 * intentionality = commitments tied to a prioritised strategic goal / commitments not cancelled;
 * sectors per commitment = average number of distinct sectors of the responsible and co-responsible actors;
 * fulfilment = commitments done / commitments not cancelled that are done or already due;
 * sustained attendance = average share of voting members present over the last six sessions held.
 */
@Component
public record MeasureReadModel(JdbcClient jdbc, Territories territories) {

    /** The measures of some bodies; served flat by the API (intentionality's share, then intensity's three). */
    public record Measures(long commitments, Intentionality intentionality, @JsonUnwrapped Intensity intensity,
            long openCommitments, long overdueCommitments) {
    }

    private record Counts(long commitments, long tiedToGoal, Double sectors, Double fulfilment, long open,
            long overdue) {
    }

    public record TerritoryRow(long territoryId, String territoryName, String levelName, Measures measures) {
    }

    private static final String OF_TERRITORY = """
            select count(*) filter (where c.status <> 'CANCELLED') as n,
                   count(*) filter (where c.status <> 'CANCELLED' and c.strategic_goal is not null) as goal,
                   avg(cardinality(c.sectors)) filter (where c.status <> 'CANCELLED') as sectors,
                   count(*) filter (where c.status = 'DONE') as done,
                   count(*) filter (where c.status <> 'CANCELLED' and (c.status = 'DONE' or c.due_date <= :today)) as due,
                   count(*) filter (where c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE')) as open,
                   count(*) filter (where c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and c.due_date < :cutoff) as overdue
            from gov_commitment c where c.jurisdiction_id = :j and c.territory_path like :p || '%'""";

    /**
     * The same counts for one body from its rollup (V845, a few rows per due date whatever the number of
     * commitments); the average number of sectors is the same numeric division {@code avg} makes.
     */
    private static final String OF_BODY = """
            select coalesce(sum(c.n) filter (where c.status <> 'CANCELLED'), 0) as n,
                   coalesce(sum(c.n) filter (where c.status <> 'CANCELLED' and c.goal), 0) as goal,
                   sum(c.n * c.sectors) filter (where c.status <> 'CANCELLED')
                     / nullif(sum(c.n) filter (where c.status <> 'CANCELLED'), 0) as sectors,
                   coalesce(sum(c.n) filter (where c.status = 'DONE'), 0) as done,
                   coalesce(sum(c.n) filter (where c.status <> 'CANCELLED' and (c.status = 'DONE' or c.due_on <= :today)), 0) as due,
                   coalesce(sum(c.n) filter (where c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE')), 0) as open,
                   coalesce(sum(c.n) filter (where c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and c.due_on < :cutoff), 0) as overdue
            from gov_commitment_body_rollup c where c.body_id = :b""";

    /** For the bodies whose territory lies under {@code path} ({@code bodyId} null) or for one body. */
    public Measures of(long jurisdictionId, Long bodyId, String path, LocalDate today, LocalDate cutoff) {
        Counts m = jdbc.sql(bodyId != null ? OF_BODY : OF_TERRITORY).param("b", bodyId).param("j", jurisdictionId)
                .param("p", path).param("today", today)
                .param("cutoff", cutoff)
                .query((rs, n) -> {
                    long total = rs.getLong("n");
                    long due = rs.getLong("due");
                    return new Counts(total, rs.getLong("goal"),
                            rs.getObject("sectors") == null ? null : rs.getDouble("sectors"),
                            due == 0 ? null : rs.getLong("done") * 1.0 / due, rs.getLong("open"),
                            rs.getLong("overdue"));
                }).single();
        String bodies = bodyId != null ? "b.id = :b" : "b.jurisdiction_id = :j and b.territory_path like :p || '%'";
        Double attendance = jdbc.sql("""
                with recent as (
                  select s.id, s.body_id, row_number() over (partition by s.body_id order by s.starts_at desc) as rn
                  from gov_session s join gov_body b on b.id = s.body_id
                  where s.status in ('HELD', 'CLOSED') and """ + " " + bodies + """
                ), shares as (
                  select r.id, count(*) filter (where a.status = 'PRESENT')::float / nullif(count(*), 0) as share
                  from recent r join gov_attendance a on a.session_id = r.id
                  join gov_member m on m.id = a.member_id and m.role <> 'OCCASIONAL_GUEST'
                  where r.rn <= 6 group by r.id)
                select avg(share) from shares""")
                .param("b", bodyId).param("j", jurisdictionId).param("p", path).query(Double.class).optional()
                .orElse(null);
        return new Measures(m.commitments(), new Intentionality(m.tiedToGoal(), m.commitments()),
                new Intensity(m.sectors(), m.fulfilment(), attendance), m.open(), m.overdue());
    }

    /**
     * The measures of each territory where the bodies under {@code path} sit (at most 200, by path); the territory's
     * name and level come from the territory module.
     */
    public List<TerritoryRow> byTerritory(long jurisdictionId, String path, LocalDate today, LocalDate cutoff) {
        List<Long> places = jdbc.sql("""
                select b.territory_id from gov_body b where b.jurisdiction_id = :j and b.territory_path like :p || '%'
                group by b.territory_id, b.territory_path order by b.territory_path limit 200""")
                .param("j", jurisdictionId).param("p", path).query(Long.class).list();
        List<TerritoryRow> rows = new ArrayList<>();
        for (Long id : places) {
            territories.byId(id).ifPresent(t -> rows.add(new TerritoryRow(t.id(), t.name(), t.levelName(),
                    of(jurisdictionId, null, t.path(), today, cutoff))));
        }
        return rows;
    }

    /** A body's active members. */
    long members(long bodyId) {
        return jdbc.sql("select count(*) from gov_member where body_id = :b and active").param("b", bodyId)
                .query(Long.class).single();
    }

    /** A body's sessions that took place. */
    long sessionsHeld(long bodyId) {
        return jdbc.sql("select count(*) from gov_session where body_id = :b and status in ('HELD', 'CLOSED')")
                .param("b", bodyId).query(Long.class).single();
    }
}
