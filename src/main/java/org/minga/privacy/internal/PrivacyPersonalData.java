package org.minga.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.PersonalDataOwner;
import org.minga.platform.ScrubQueries;
import org.minga.privacy.PersonalDataAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What privacy keeps about a person: authorizations, data-subject requests and the log of who saw the record. */
@Component
record PrivacyPersonalData(JdbcClient jdbc, AuthorizationReadModel authorizations,
        AccessLogReadModel accessLog) implements PersonalDataOwner {

    @Override
    public String section() {
        return "Protección de datos personales";
    }

    @Override
    public Set<String> tables() {
        return Set.of("data_authorization", "data_authorization_evidence", "data_request", "personal_data_access");
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("Autorizaciones de tratamiento",
                ScrubQueries.rowsOfPerson(jdbc, "data_authorization", s));
        out.put("Imágenes de evidencia de autorizaciones",
                ScrubQueries.rowsOfPerson(jdbc, "data_authorization_evidence", s));
        out.put("Solicitudes del titular", ScrubQueries.rowsOfPerson(jdbc, "data_request", s));
        out.put("Registro de accesos a sus datos",
                jdbc.sql(
                        """
                                select count(*) from personal_data_access where subject_type = :t and subject_ids @> array[cast(:p as bigint)]""")
                        .param("t", PersonalDataAccess.PERSON).param("p", s.personId()).query(Long.class).single());
        return out;
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("autorizaciones", authorizations.ofPerson(s.personId()));
        out.put("solicitudes", jdbc
                .sql("""
                        select id, kind as tipo, status as estado, received_on as recibida, due_on as vence, requested_by as solicitante,
                          details as detalle, response as respuesta, answered_on as respondida
                        from data_request where person_id = :p order by id""")
                .param("p", s.personId()).query().listOfRows());
        out.put("registroDeAccesos", accessLog.entries(PersonalDataAccess.PERSON, s.personId(), 1000, 0));
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        // a photo of a signed form or a drawn signature cannot be scrubbed: it goes
        jdbc.sql("delete from data_authorization_evidence where person_id = :p").param("p", s.personId()).update();
        jdbc.sql("""
                update data_authorization set granted_by_name = :a, granted_by_document = null,
                  guardian_relation = null, evidence = :a, version = version + 1 where person_id = :p""")
                .param("a", DataSubjectRef.ANONYMISED).param("p", s.personId()).update();
        record Request(long id, String details, String response) {
        }
        for (Request r : jdbc.sql("select id, details, response from data_request where person_id = :p")
                .param("p", s.personId()).query((rs, n) -> new Request(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()) {
            jdbc.sql("""
                    update data_request set requested_by = :a, details = :d, response = :r, version = version + 1
                    where id = :id""")
                    .param("a", DataSubjectRef.ANONYMISED).param("d", s.scrub(r.details()))
                    .param("r", s.scrub(r.response()))
                    .param("id", r.id()).update();
        }
        // personal_data_access keeps who saw the record and when: it names no one but the staff who looked
    }
}
