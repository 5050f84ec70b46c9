package org.minga.referral.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.ScrubQueries;
import org.minga.platform.PersonalDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's referrals and care-route applications: the rows stay (status, dates and entity are counted), the name and
 * the need described are replaced, and the free text of the referral and its history loses the person's identifiers.
 */
@Component
record ReferralPersonalData(JdbcClient jdbc) implements PersonalDataOwner {

    @Override
    public String section() {
        return "Remisiones y rutas de atención";
    }

    @Override
    public Set<String> tables() {
        return Set.of("referral", "referral_transition", "care_route_application");
    }

    @Override
    public void identify(DataSubjectRef.Builder b) {
        jdbc.sql("select distinct subject_name from referral where person_id = :p").param("p", b.personId())
                .query(String.class).list().forEach(b::name);
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("Remisiones", ScrubQueries.rowsOfPerson(jdbc, "referral", s));
        out.put("Rutas de atención", ScrubQueries.rowsOfPerson(jdbc, "care_route_application", s));
        return out;
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("remisiones", jdbc
                .sql("""
                        select r.id, r.code as codigo, r.subject_name as nombre, r.need_category as categoria,
                          r.need_description as necesidad, r.actor_name as entidad, r.service_name as servicio, r.status as estado,
                          r.created_on as creada, r.due_on as vence, r.counter_action as contrarremision,
                          (select json_agg(json_build_object('de', t.from_status, 'a', t.to_status, 'nota', t.note, 'fecha', t.at)
                                           order by t.id)::text from referral_transition t where t.referral_id = r.id) as historia
                        from referral r where r.person_id = :p order by r.id""")
                .param("p", s.personId()).query().listOfRows());
        out.put("rutasDeAtencion", jdbc.sql("""
                select a.id, c.name as ruta, a.created_at as fecha from care_route_application a
                join care_route c on c.id = a.route_id where a.person_id = :p order by a.id""")
                .param("p", s.personId()).query().listOfRows());
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        Map<String, Object> p = Map.of("p", s.personId());
        ScrubQueries.scrubColumns(jdbc, s, "referral", "person_id = :p", p, true, "origin_reference",
                "ineligibility_reason",
                "ineligible_justification", "share_evidence", "rejection_reason", "return_reason", "cancel_reason",
                "counter_action", "counter_outcome", "counter_next_steps");
        jdbc.sql("""
                update referral set subject_name = :a, need_description = :a, version = version + 1, updated_at = now()
                where person_id = :p""").param("a", DataSubjectRef.ANONYMISED).param("p", s.personId()).update();
        ScrubQueries.scrubColumns(jdbc, s, "referral_transition",
                "referral_id in (select id from referral where person_id = :p)", p,
                true,
                "note");
    }
}
