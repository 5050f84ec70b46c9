package org.minga.governance.internal;

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
 * name), and commitments' text that names the person. The actas of closed sessions are records the body keeps.
 */
@Component
record GovernancePersonalData(JdbcClient jdbc) implements PersonalDataOwner {

    @Override
    public String section() {
        return "Gobernanza intersectorial";
    }

    @Override
    public Set<String> tables() {
        return Set.of("gov_member", "gov_commitment", "gov_commitment_note");
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
    }
}
