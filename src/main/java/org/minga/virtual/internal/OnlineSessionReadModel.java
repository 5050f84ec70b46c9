package org.minga.virtual.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minga.virtual.internal.domain.SessionMaterial;
import org.minga.virtual.internal.domain.SessionModality;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hand-written SQL that shows online sessions: a virtual territory's, one by id, one by its public token. */
@Component
record OnlineSessionReadModel(JdbcClient jdbc) {

    /**
     * An online session with its attendance counted by who registered it; {@code publicForm} is the path of its
     * public attendance form.
     */
    record SessionView(long id, long jurisdictionId, long virtualTerritoryId, String territoryPath, Long campaignId,
            SessionModality modality, String title, LocalDate heldOn, String link, String agenda,
            String healthTopic, String publicForm, List<SessionMaterial> materials, long attendanceByFacilitator,
            long attendanceByForm) {

        public long attendance() {
            return attendanceByFacilitator + attendanceByForm;
        }
    }

    private static final String SELECT = """
            select s.*, (select count(*) from online_session_attendance a where a.online_session_id = s.id
                          and a.registered_by = 'FACILITATOR') as by_facilitator,
                   (select count(*) from online_session_attendance a where a.online_session_id = s.id
                     and a.registered_by = 'PUBLIC_FORM') as by_form
              from online_session s""";

    List<SessionView> ofVirtualTerritory(long virtualTerritoryId) {
        return jdbc.sql(SELECT + " where s.virtual_territory_id = :v order by s.held_on desc, s.id")
                .param("v", virtualTerritoryId).query(OnlineSessionReadModel::row).list().stream()
                .map(this::withMaterials).toList();
    }

    /** The sessions of a campaign, in date order (its calendar). */
    List<SessionView> ofCampaign(long campaignId) {
        return jdbc.sql(SELECT + " where s.campaign_id = :c order by s.held_on, s.id").param("c", campaignId)
                .query(OnlineSessionReadModel::row).list();
    }

    Optional<SessionView> one(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(OnlineSessionReadModel::row).optional()
                .map(this::withMaterials);
    }

    Optional<SessionView> byToken(String token) {
        return jdbc.sql(SELECT + " where s.public_token = :t").param("t", token).query(OnlineSessionReadModel::row)
                .optional().map(this::withMaterials);
    }

    /** The session with its materials, read after its row (one connection at a time). */
    private SessionView withMaterials(SessionView s) {
        List<SessionMaterial> materials = jdbc.sql("select title, link from online_session_material"
                + " where online_session_id = :id order by position").param("id", s.id())
                .query((m, i) -> new SessionMaterial(m.getString(1), m.getString(2))).list();
        return new SessionView(s.id(), s.jurisdictionId(), s.virtualTerritoryId(), s.territoryPath(), s.campaignId(),
                s.modality(), s.title(), s.heldOn(), s.link(), s.agenda(), s.healthTopic(), s.publicForm(), materials,
                s.attendanceByFacilitator(), s.attendanceByForm());
    }

    private static SessionView row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new SessionView(id, rs.getLong("jurisdiction_id"), rs.getLong("virtual_territory_id"),
                rs.getString("territory_path"), (Long) rs.getObject("campaign_id"),
                SessionModality.valueOf(rs.getString("modality")), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), rs.getString("link"), rs.getString("agenda"),
                rs.getString("health_topic"), "/o/" + rs.getString("public_token"), List.of(),
                rs.getLong("by_facilitator"), rs.getLong("by_form"));
    }
}
