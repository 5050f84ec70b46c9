package org.minga.governance.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The intersectoral measures (help page /governance/measures gives the formulas):
 * intentionality = commitments tied to a prioritised strategic goal / commitments not cancelled;
 * sectors per commitment = average number of distinct sectors of the responsible and co-responsible actors;
 * fulfilment = commitments done / commitments not cancelled that are done or already due;
 * sustained attendance = average share of voting members present over the last six sessions held.
 */
@Service
public class MeasureService {

    public record Measures(long commitments, Double intentionality, Double sectorsPerCommitment, Double fulfilment,
            Double attendance, long openCommitments, long overdueCommitments) {
    }

    public record TerritoryRow(long territoryId, String territoryName, String levelName, Measures measures) {
    }

    private final JdbcClient jdbc;

    MeasureService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For the bodies whose territory lies under {@code path} ({@code bodyId} null) or for one body. */
    public Measures of(long jurisdictionId, Long bodyId, String path, LocalDate today, LocalDate cutoff) {
        String where = bodyId != null ? "c.body_id = :b" : "c.jurisdiction_id = :j and c.territory_path like :p || '%'";
        Measures m = jdbc
                .sql("""
                        select count(*) filter (where c.status <> 'CANCELLED') as n,
                               count(*) filter (where c.status <> 'CANCELLED' and c.strategic_goal is not null) as goal,
                               avg(cardinality(c.sectors)) filter (where c.status <> 'CANCELLED') as sectors,
                               count(*) filter (where c.status = 'DONE') as done,
                               count(*) filter (where c.status <> 'CANCELLED' and (c.status = 'DONE' or c.due_date <= :today)) as due,
                               count(*) filter (where c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE')) as open,
                               count(*) filter (where c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and c.due_date < :cutoff) as overdue
                        from gov_commitment c where """
                        + " " + where)
                .param("b", bodyId).param("j", jurisdictionId).param("p", path).param("today", today)
                .param("cutoff", cutoff)
                .query((rs, n) -> {
                    long total = rs.getLong("n");
                    long due = rs.getLong("due");
                    return new Measures(total, total == 0 ? null : rs.getLong("goal") * 1.0 / total,
                            rs.getObject("sectors") == null ? null : rs.getDouble("sectors"),
                            due == 0 ? null : rs.getLong("done") * 1.0 / due, null, rs.getLong("open"),
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
        return new Measures(m.commitments(), m.intentionality(), m.sectorsPerCommitment(), m.fulfilment(), attendance,
                m.openCommitments(), m.overdueCommitments());
    }

    /** The measures of each territory where the bodies under {@code path} sit (at most 200, by path). */
    public java.util.List<TerritoryRow> byTerritory(long jurisdictionId, String path, LocalDate today,
            LocalDate cutoff) {
        java.util.List<Object[]> places = jdbc
                .sql("""
                        select distinct t.id, t.name, l.name as level_name, t.path from gov_body b join territory t on t.id = b.territory_id
                        join territory_level l on l.id = t.level_id
                        where b.jurisdiction_id = :j and b.territory_path like :p || '%' order by t.path limit 200""")
                .param("j", jurisdictionId).param("p", path)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        java.util.List<TerritoryRow> rows = new java.util.ArrayList<>();
        for (Object[] p : places) {
            rows.add(new TerritoryRow((Long) p[0], (String) p[1], (String) p[2],
                    of(jurisdictionId, null, (String) p[3], today, cutoff)));
        }
        return rows;
    }
}
