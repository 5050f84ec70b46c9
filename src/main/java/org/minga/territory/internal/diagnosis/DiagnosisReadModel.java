package org.minga.territory.internal.diagnosis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.minga.territory.DiagnosisView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Versions of a territory's diagnosis as people read them, newest first, each with its evidence. */
@Component
record DiagnosisReadModel(JdbcClient jdbc) {

    private static final String SELECT = """
            select d.*, t.name as territory_name from territorial_diagnosis d join territory t on t.id = d.territory_id
            where d.territory_id = :t""";

    Optional<DiagnosisView> latest(long territoryId) {
        return jdbc.sql(SELECT + " order by d.edition desc limit 1").param("t", territoryId).query(this::map)
                .optional().map(this::withEvidence);
    }

    List<DiagnosisView> versions(long territoryId) {
        return jdbc.sql(SELECT + " order by d.edition desc").param("t", territoryId).query(this::map).list().stream()
                .map(this::withEvidence).toList();
    }

    private DiagnosisView map(ResultSet rs, int n) throws SQLException {
        return new DiagnosisView(rs.getLong("id"), rs.getLong("territory_id"), rs.getString("territory_name"),
                rs.getInt("edition"), rs.getString("authored_by"), rs.getString("needs"),
                rs.getString("potentialities"), rs.getString("reading"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), List.of());
    }

    private DiagnosisView withEvidence(DiagnosisView d) {
        List<DiagnosisView.EvidenceLink> evidence = jdbc
                .sql("""
                        select kind, title, url from territorial_diagnosis_evidence where diagnosis_id = :d order by position""")
                .param("d", d.id())
                .query((rs, n) -> new DiagnosisView.EvidenceLink(rs.getString("kind"), rs.getString("title"),
                        rs.getString("url")))
                .list();
        return new DiagnosisView(d.id(), d.territoryId(), d.territoryName(), d.edition(), d.authoredBy(), d.needs(),
                d.potentialities(), d.reading(), d.createdBy(), d.createdAt(), evidence);
    }
}
