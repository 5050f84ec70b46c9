package org.minga.participation.internal.indicators;

import java.time.LocalDate;
import java.util.List;

import org.minga.dashboard.AgendaSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The participation spaces ahead, for the situation room's agenda. */
@Component
record SpaceAgendaReadModel(JdbcClient jdbc) implements AgendaSource {

    @Override
    public String label() {
        return "Espacios de participación";
    }

    @Override
    public List<AgendaItem> upcoming(long jurisdictionId, String territoryPath, LocalDate from, LocalDate to,
            int limit) {
        return jdbc.sql("""
                select s.id, s.kind, s.title, s.held_on, s.start_time, s.duration_minutes, s.service_point,
                       t.name as territory_name
                  from participation_space s join territory t on t.id = s.territory_id
                 where s.jurisdiction_id = :j and s.territory_path like :prefix
                   and s.held_on between :from and :to
                 order by s.held_on, s.start_time nulls last, s.id limit :limit""")
                .param("j", jurisdictionId).param("prefix", territoryPath + "%").param("from", from)
                .param("to", to).param("limit", limit)
                .query((rs, n) -> {
                    java.sql.Time time = rs.getTime("start_time");
                    LocalDate day = rs.getDate("held_on").toLocalDate();
                    java.time.LocalDateTime start = time == null ? day.atStartOfDay() : day.atTime(time.toLocalTime());
                    return new AgendaItem(org.minga.platform.Labels.inSpanish(
                            org.minga.participation.internal.domain.SpaceKind.valueOf(rs.getString("kind"))),
                            rs.getString("title"), start, rs.getString("service_point"),
                            rs.getString("territory_name"), "/participation/spaces/" + rs.getLong("id"),
                            start.plusMinutes(rs.getInt("duration_minutes")),
                            "participation-space-" + rs.getLong("id"));
                })
                .list();
    }
}
