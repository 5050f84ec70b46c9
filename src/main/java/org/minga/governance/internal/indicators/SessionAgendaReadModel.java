package org.minga.governance.internal.indicators;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.minga.dashboard.AgendaSource;
import org.minga.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sessions of bodies on the situation room's agenda: the scheduled ones of a territory's subtree. */
@Component
record SessionAgendaReadModel(JdbcClient jdbc, Times times) implements AgendaSource {

    @Override
    public String label() {
        return "Sesiones de instancias";
    }

    /** A session starts at an instant; the agenda lays it out on the jurisdiction's clock and days. */
    @Override
    public List<AgendaItem> upcoming(long jurisdictionId, String territoryPath, LocalDate from, LocalDate to,
            int limit) {
        ZoneId zone = times.zoneOf(jurisdictionId);
        return jdbc
                .sql("""
                        select s.id, s.number, s.starts_at, s.duration_min, s.place, b.id as body_id, b.name, t.name as territory_name
                          from gov_session s join gov_body b on b.id = s.body_id join territory t on t.id = b.territory_id
                         where b.jurisdiction_id = :j and b.territory_path like :prefix and s.status = 'SCHEDULED'
                           and s.starts_at >= :from and s.starts_at < :to
                         order by s.starts_at, s.id limit :limit""")
                .param("j", jurisdictionId).param("prefix", territoryPath + "%")
                .param("from", from.atStartOfDay(zone).toOffsetDateTime())
                .param("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()).param("limit", limit)
                .query((rs, n) -> {
                    var start = times.local(rs.getObject("starts_at", OffsetDateTime.class), zone);
                    return new AgendaItem("Sesión", rs.getString("name") + " — sesión " + rs.getInt("number"), start,
                            rs.getString("place"), rs.getString("territory_name"),
                            "/governance/sessions/" + rs.getLong("id"), start.plusMinutes(rs.getInt("duration_min")),
                            "gov-session-" + rs.getLong("id"));
                })
                .list();
    }
}
