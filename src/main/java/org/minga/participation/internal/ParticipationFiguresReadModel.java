package org.minga.participation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.CurrentUser;
import org.minga.territory.TerritorySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.minga.participation.internal.Codes.blankToNull;

/**
 * Participation figures per process or per territory (at a level, e.g. localidad) and per year: spaces held, people
 * (attendance plus survey responses), contributions (also those heard in virtual territories, under the process
 * "Territorios virtuales"), and how many were turned into actions and done.
 */
@Component
record ParticipationFiguresReadModel(JdbcClient jdbc, Scopes scopes) {

    record Figure(String process, String territory, String period, long spaces, long people, long responses,
            long contributions, long withAction, long done) {

        public int shareWithAction() {
            return contributions == 0 ? 0 : (int) Math.round(100.0 * withAction / contributions);
        }

        public int shareDone() {
            return contributions == 0 ? 0 : (int) Math.round(100.0 * done / contributions);
        }
    }

    private static final String EVENTS = """
            select s.jurisdiction_id, s.territory_id, s.territory_path, s.process, extract(year from s.held_on)::int as y,
              1 as spaces, s.counted_attendance + (select count(*) from space_invitation i where i.space_id = s.id and i.attended) as people,
              0 as responses,
              (select count(*) from contribution c where c.space_id = s.id) as contributions,
              (select count(*) from contribution c where c.space_id = s.id and c.action_id is not null) as with_action,
              (select count(*) from contribution c join improvement_action a on a.id = c.action_id
                 where c.space_id = s.id and a.status = 'DONE') as done
            from participation_space s
            union all
            select v.jurisdiction_id, v.territory_id, v.territory_path, v.process, extract(year from r.answered_at at time zone jz.time_zone)::int, 0,
              count(*), count(*), 0, 0, 0
            from survey_response r join survey v on v.id = r.survey_id join jurisdiction jz on jz.id = v.jurisdiction_id
            group by v.jurisdiction_id, v.territory_id, v.territory_path, v.process, extract(year from r.answered_at at time zone jz.time_zone)::int
            union all
            select v.jurisdiction_id, v.territory_id, v.territory_path, v.process, extract(year from c.created_at at time zone jz.time_zone)::int, 0, 0, 0,
              count(*), count(c.action_id), count(*) filter (where a.status = 'DONE')
            from contribution c join survey v on v.id = c.survey_id join jurisdiction jz on jz.id = v.jurisdiction_id left join improvement_action a on a.id = c.action_id
            group by v.jurisdiction_id, v.territory_id, v.territory_path, v.process, extract(year from c.created_at at time zone jz.time_zone)::int
            union all
            select c.jurisdiction_id, c.territory_id, c.territory_path, 'Territorios virtuales', extract(year from c.created_at at time zone jz.time_zone)::int, 0, 0, 0,
              count(*), count(c.action_id), count(*) filter (where a.status = 'DONE')
            from contribution c join jurisdiction jz on jz.id = c.jurisdiction_id left join improvement_action a on a.id = c.action_id
            where c.virtual_territory_id is not null
            group by c.jurisdiction_id, c.territory_id, c.territory_path, extract(year from c.created_at at time zone jz.time_zone)::int""";

    List<Figure> figures(String by, String level, CurrentUser user) {
        Map<String, Object> params = new LinkedHashMap<>();
        boolean byTerritory = "territory".equalsIgnoreCase(by);
        String w = scopes.where("e", user, params);
        String groupExpr = "e.process";
        String join = "";
        if (byTerritory && blankToNull(level) != null) {
            join = TerritorySql.ancestorAtLevel("e", "g");
            params.put("level", level.strip());
            groupExpr = "coalesce(g.name, '(otro nivel)')";
        } else if (byTerritory) {
            join = " join territory g on g.id = e.territory_id";
            groupExpr = "g.name";
        }
        return jdbc.sql("select " + groupExpr
                + " as grp, e.y, sum(e.spaces), sum(e.people), sum(e.responses), sum(e.contributions),"
                + " sum(e.with_action), sum(e.done) from (" + EVENTS + ") e" + join + w
                + " group by 1, 2 order by 1, 2 limit 2000")
                .params(params)
                .query((rs, n) -> new Figure(byTerritory ? null : rs.getString(1), byTerritory ? rs.getString(1) : null,
                        String.valueOf(rs.getInt(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getLong(8)))
                .list();
    }
}
