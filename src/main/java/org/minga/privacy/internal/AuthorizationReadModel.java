package org.minga.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.minga.privacy.AuthorizationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Authorizations as people read them, and the questions other modules ask about a person's. */
@Component
record AuthorizationReadModel(JdbcClient jdbc) {

    private static final String SELECT = """
            select a.*, exists (select 1 from data_authorization_evidence e where e.authorization_id = a.id)
                   as evidence_image
            from data_authorization a""";

    Optional<AuthorizationView> byId(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id)
                .query(AuthorizationReadModel::view).optional();
    }

    List<AuthorizationView> ofPerson(long personId) {
        return jdbc.sql(SELECT + " where a.person_id = :p order by a.granted_at desc, a.id desc")
                .param("p", personId).query(AuthorizationReadModel::view).list();
    }

    boolean hasActive(long personId) {
        return jdbc
                .sql("select exists (select 1 from data_authorization where person_id = :p and withdrawn_at is null)")
                .param("p", personId).query(Boolean.class).single();
    }

    boolean coversSensitive(long personId) {
        return jdbc.sql("""
                select exists (select 1 from data_authorization
                               where person_id = :p and withdrawn_at is null and sensitive_data)""")
                .param("p", personId).query(Boolean.class).single();
    }

    /** The purposes of the person's active authorizations, as they agreed to them. */
    List<String> activePurposes(long personId) {
        return jdbc.sql("select purposes from data_authorization where person_id = :p and withdrawn_at is null")
                .param("p", personId).query(String.class).list();
    }

    static AuthorizationView view(ResultSet rs, int n) throws SQLException {
        return new AuthorizationView(rs.getLong("id"), rs.getLong("jurisdiction_id"), (Long) rs.getObject("person_id"),
                rs.getString("granted_by_name"), rs.getString("granted_by_document"), rs.getBoolean("by_guardian"),
                rs.getString("guardian_relation"), rs.getString("channel"), rs.getString("purposes"),
                rs.getString("evidence"), rs.getBoolean("sensitive_data"),
                rs.getObject("granted_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class),
                rs.getString("withdrawn_reason"), rs.getString("recorded_by"), rs.getInt("version"),
                rs.getBoolean("evidence_image"));
    }
}
