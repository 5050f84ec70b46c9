package org.minga.participation.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.ScrubQueries;
import org.minga.platform.PersonalDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invitations to dialogues and workshops (by person, or by the person's e-mail or phone), the calls made to confirm
 * them, survey responses signed with the person's name or contact, and contributions that name the person.
 */
@Component
record ParticipationPersonalData(JdbcClient jdbc) implements PersonalDataOwner {

    @Override
    public String section() {
        return "Participación ciudadana";
    }

    @Override
    public Set<String> tables() {
        return Set.of("space_invitation", "space_call", "survey_response", "contribution");
    }

    @Override
    public void identify(DataSubjectRef.Builder b) {
        jdbc.sql("select name, email, phone from space_invitation where person_id = :p").param("p", b.personId())
                .query((rs, n) -> {
                    b.name(rs.getString(1)).email(rs.getString(2)).phone(rs.getString(3));
                    return null;
                }).list();
    }

    /** The invitations of the person: by person, or sent to the person's e-mail or phone. */
    private static String invitations(DataSubjectRef s, Map<String, Object> params) {
        StringBuilder w = new StringBuilder("person_id = :p");
        params.put("p", s.personId());
        if (!s.emails().isEmpty()) {
            w.append(" or lower(email) in (:emails)");
            params.put("emails", List.copyOf(s.emails()));
        }
        if (!s.phones().isEmpty()) {
            w.append(" or phone in (:phones)");
            params.put("phones", List.copyOf(s.phones()));
        }
        return "(" + w + ")";
    }

    /** Survey responses signed with the person's name, e-mail or phone. */
    private static String responses(DataSubjectRef s, Map<String, Object> params) {
        List<String> contacts = new java.util.ArrayList<>();
        contacts.addAll(s.emails());
        contacts.addAll(s.phones());
        List<String> names = s.names().stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
        StringBuilder w = new StringBuilder("false");
        if (!names.isEmpty()) {
            w.append(" or lower(respondent_name) in (:names)");
            params.put("names", names);
        }
        if (!contacts.isEmpty()) {
            w.append(" or lower(respondent_contact) in (:contacts)");
            params.put("contacts", contacts.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList());
        }
        return "(" + w + ")";
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        Map<String, Object> p = new HashMap<>();
        Map<String, Object> q = new HashMap<>();
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("Invitaciones a espacios de participación", jdbc.sql("select count(*) from space_invitation where "
                + invitations(s, p)).params(p).query(Long.class).single());
        out.put("Respuestas a encuestas con su nombre o contacto",
                jdbc.sql("select count(*) from survey_response where "
                        + responses(s, q)).params(q).query(Long.class).single());
        return out;
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> p = new HashMap<>();
        Map<String, Object> q = new HashMap<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("invitaciones", jdbc.sql("""
                select i.id, s.title as espacio, s.held_on as fecha, i.name as nombre, i.email, i.phone as telefono,
                  i.status as estado, i.attended as asistio
                from space_invitation i join participation_space s on s.id = i.space_id where""" + " "
                + invitations(s, p)
                        .replace("person_id", "i.person_id").replace("lower(email)", "lower(i.email)")
                        .replace("phone in", "i.phone in")
                + " order by i.id").params(p).query().listOfRows());
        out.put("respuestasAEncuestas",
                jdbc.sql("select id, survey_id as encuesta, respondent_name as nombre, respondent_contact "
                        + "as contacto, answered_at as fecha from survey_response where " + responses(s, q)
                        + " order by id")
                        .params(q).query().listOfRows());
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        Map<String, Object> p = new HashMap<>();
        String mine = invitations(s, p);
        ScrubQueries.scrubColumns(jdbc, s, "space_call",
                "invitation_id in (select id from space_invitation where " + mine + ")", p,
                true,
                "notes");
        jdbc.sql("update space_invitation set name = :a, email = null, phone = null, version = version + 1 where "
                + mine)
                .params(p).param("a", DataSubjectRef.ANONYMISED).update();
        Map<String, Object> q = new HashMap<>();
        jdbc.sql(
                "update survey_response set respondent_name = null, respondent_contact = null where " + responses(s, q))
                .params(q).update();
        ScrubQueries.scrubColumns(jdbc, s, "contribution", null, null, false, "text", "answer");
        ScrubQueries.scrubColumns(jdbc, s, "space_call", null, null, false, "notes");
    }
}
