package org.minga.fair.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.dashboard.AgendaSource.AgendaItem;
import org.minga.planning.IndicatorSource;
import org.minga.planning.SubtreeQueries;
import org.minga.practice.EvidenceSource.Evidence;
import org.minga.practice.EvidenceSource.Figure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures other modules read from fairs: the planning indicators (per territory subtree and period), the
 * coming fairs for the agenda, and a programme's or a fair's figures as a practice's evidence.
 */
@Component
record FairFiguresReadModel(JdbcClient jdbc) {

    private static final String WHERE = " where f.jurisdiction_id = :j and f.territory_path like :p"
            + " and f.fair_date between :from and :to and f.status <> 'CANCELADA'";

    /** The counts the indicators take, each a query of one number over fairs {@code f} not cancelled. */
    enum Count {
        PEOPLE("select count(*) from (select distinct r.fair_id, r.person_id from fair_registration r join fair f on f.id = r.fair_id"
                + WHERE + ") x"),
        ATTENTIONS("select count(*) from fair_attendance a join fair f on f.id = a.fair_id" + WHERE),
        HELD("select count(*) from fair f" + WHERE + " and f.status = 'REALIZADA'");

        private final String sql;

        Count(String sql) {
            this.sql = sql;
        }
    }

    /** The count for each territory path (its subtree), for fairs dated in the period. */
    Map<String, Double> countPerPath(Count count, long jurisdictionId, Collection<String> paths, LocalDate from,
            LocalDate to) {
        Map<String, Double> out = new HashMap<>();
        for (String path : paths) {
            Number n = jdbc.sql(count.sql).param("j", jurisdictionId).param("p", path + "%").param("from", from)
                    .param("to", to).query(Number.class).single();
            out.put(path, n == null ? 0 : n.doubleValue());
        }
        return out;
    }

    /**
     * The counts of {@link #countPerPath} for several periods in one query (planning's indicator series and DHIS2
     * export ask for eight at once): each path's subtree a lateral row, each period a lateral row.
     */
    List<Map<String, Double>> countPerPeriod(Count count, long jurisdictionId, Collection<String> paths,
            List<IndicatorSource.Span> periods) {
        String each = "select p.path, (" + count.sql.replace(":p", "(p.path || '%')")
                + ") from unnest(cast(:paths as text[])) as p(path)";
        return new SubtreeQueries(jdbc).runByPeriod(each, jurisdictionId, paths, periods, false);
    }

    /** Fairs planned or confirmed in a territory's subtree within the dates, soonest first. */
    List<AgendaItem> upcoming(long jurisdictionId, String territoryPath, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select id, name, fair_date, starts_at, site, territory_name, ends_at from fair
                where jurisdiction_id = :j and territory_path like :p and fair_date between :from and :to
                  and status in ('PLANEADA', 'CONFIRMADA') order by fair_date, starts_at, id limit :l""")
                .param("j", jurisdictionId).param("p", (territoryPath == null ? "/" : territoryPath) + "%")
                .param("from", from).param("to", to).param("l", limit)
                .query((rs, n) -> new AgendaItem("Jornada de servicios", rs.getString(2),
                        LocalDateTime.of(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalTime.class)),
                        rs.getString(5), rs.getString(6), "/fairs/" + rs.getLong(1),
                        LocalDateTime.of(rs.getObject(3, LocalDate.class), rs.getObject(7, LocalTime.class)),
                        "fair-" + rs.getLong(1)))
                .list();
    }

    /** Reference: a programme ("barrios-con-bienestar-2024": all its fairs) or one fair's code. */
    Optional<Evidence> evidence(long jurisdictionId, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.sql(
                "select id from fair where jurisdiction_id = :j and (program = :r or code = :r) order by fair_date")
                .param("j", jurisdictionId).param("r", reference.strip()).query(Long.class).list();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = jdbc
                .sql("""
                        select (select count(*) from fair where id in (:ids) and status = 'REALIZADA') as held,
                          (select coalesce(sum(n), 0) from (select count(distinct person_id) n from fair_registration
                             where fair_id in (:ids) group by fair_id) x) as people,
                          (select count(distinct person_id) from fair_registration where fair_id in (:ids)) as distinct_people,
                          (select count(*) from fair_attendance where fair_id in (:ids)) as attentions,
                          (select count(distinct actor_id) from fair_participant where fair_id in (:ids) and kind = 'ENTIDAD') as entities,
                          (select count(distinct actor_id) from fair_participant where fair_id in (:ids) and kind = 'ALIADO') as allies,
                          (select count(referral_id) from fair_registration where fair_id in (:ids)) as referrals""")
                .param("ids", ids).query().singleRow();
        String href = ids.size() == 1 ? "/fairs/" + ids.get(0) : "/fairs/compare?program=" + reference.strip();
        String title = ids.size() == 1
                ? jdbc.sql("select name from fair where id = :i").param("i", ids.get(0)).query(String.class).single()
                : "Jornadas del programa " + reference.strip();
        return Optional.of(new Evidence(title, href, List.of(
                new Figure("Jornadas realizadas", String.valueOf(row.get("held"))),
                new Figure("Personas atendidas (únicas por jornada)", String.valueOf(row.get("people"))),
                new Figure("Personas distintas en todas las jornadas", String.valueOf(row.get("distinct_people"))),
                new Figure("Atenciones", String.valueOf(row.get("attentions"))),
                new Figure("Entidades participantes", String.valueOf(row.get("entities"))),
                new Figure("Aliados", String.valueOf(row.get("allies"))),
                new Figure("Canalizaciones generadas", String.valueOf(row.get("referrals"))))));
    }
}
