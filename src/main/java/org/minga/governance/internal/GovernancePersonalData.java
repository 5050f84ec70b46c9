package org.minga.governance.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.ScrubQueries;
import org.minga.platform.PersonalDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members of intersectoral bodies and people responsible for commitments who are the person (same e-mail or full
 * name), and commitments' text that names the person; the networks the person belongs to and their community
 * leadership (by the person's id). The actas of closed sessions are records the body keeps. Anonymising takes the
 * person out of their networks (the other members keep their order) and deletes their leadership with its
 * trajectory: both are about the person only.
 */
@Component
record GovernancePersonalData(JdbcClient jdbc, NetworkRepository networks) implements PersonalDataOwner {

    @Override
    public String section() {
        return "Gobernanza intersectorial";
    }

    @Override
    public Set<String> tables() {
        return Set.of("gov_member", "gov_commitment", "gov_commitment_note", "gov_network_member", "gov_leadership");
    }

    private static String members(DataSubjectRef s, Map<String, Object> params) {
        List<String> w = new ArrayList<>();
        if (!s.emails().isEmpty()) {
            w.add("lower(email) in (:emails)");
            params.put("emails", List.copyOf(s.emails()));
        }
        if (!s.names().isEmpty()) {
            w.add("lower(person_name) in (:names)");
            params.put("names", names(s));
        }
        return w.isEmpty() ? "false" : "(" + String.join(" or ", w) + ")";
    }

    private static List<String> names(DataSubjectRef s) {
        return s.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private String commitments(DataSubjectRef s, Map<String, Object> params) {
        if (s.names().isEmpty()) {
            return "false";
        }
        params.put("names", names(s));
        return "lower(responsible_person) in (:names)";
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        Map<String, Object> p = new HashMap<>();
        Map<String, Object> q = new HashMap<>();
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("Integrante de instancias", jdbc.sql("select count(*) from gov_member where " + members(s, p)).params(p)
                .query(Long.class).single());
        out.put("Responsable de compromisos",
                jdbc.sql("select count(*) from gov_commitment where " + commitments(s, q)).params(q)
                        .query(Long.class).single());
        out.put("Integrante de redes", ScrubQueries.rowsOfPerson(jdbc, "gov_network_member", s));
        out.put("Liderazgo comunitario", ScrubQueries.rowsOfPerson(jdbc, "gov_leadership", s));
        return out;
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> p = new HashMap<>();
        Map<String, Object> q = new HashMap<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("integrante", jdbc.sql(
                "select id, body_id as instancia, person_name as nombre, position as cargo, email from gov_member where "
                        + members(s, p) + " order by id")
                .params(p).query().listOfRows());
        out.put("compromisos", jdbc.sql(
                "select id, title as titulo, responsible_person as responsable, due_date as vence, status as estado "
                        + "from gov_commitment where " + commitments(s, q) + " order by id")
                .params(q).query().listOfRows());
        out.put("redes", jdbc.sql("""
                select n.code as red, n.name as nombre, m.role as rol, m.joined_on as desde from gov_network_member m
                  join gov_network n on n.id = m.network_id where m.person_id = :p order by n.code""")
                .param("p", s.personId()).query().listOfRows());
        out.put("liderazgo", jdbc.sql("""
                select l.field as campo, l.since as desde, l.emerging as nuevo_liderazgo, l.active as activo,
                       (select string_agg(t.name || ' (' || t.on_date || ')', '; ' order by t.position)
                          from gov_leadership_step t where t.leadership_id = l.id) as trayectoria
                  from gov_leadership l where l.person_id = :p order by l.id""")
                .param("p", s.personId()).query().listOfRows());
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        Map<String, Object> p = new HashMap<>();
        jdbc.sql("update gov_member set person_name = :a, email = null where " + members(s, p)).params(p)
                .param("a", DataSubjectRef.ANONYMISED).update();
        Map<String, Object> q = new HashMap<>();
        jdbc.sql("update gov_commitment set responsible_person = :a, version = version + 1 where " + commitments(s, q))
                .params(q).param("a", DataSubjectRef.ANONYMISED).update();
        ScrubQueries.scrubColumns(jdbc, s, "gov_commitment", null, null, false, "title", "description");
        ScrubQueries.scrubColumns(jdbc, s, "gov_commitment_note", null, null, false, "note");
        Instant now = Instant.now();
        for (Long id : jdbc.sql("select distinct network_id from gov_network_member where person_id = :p")
                .param("p", s.personId()).query(Long.class).list()) {
            networks.findById(id).filter(n -> n.forget(s.personId(), now)).ifPresent(networks::save);
        }
        jdbc.sql("delete from gov_leadership where person_id = :p").param("p", s.personId()).update();
    }
}
