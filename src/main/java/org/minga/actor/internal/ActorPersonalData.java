package org.minga.actor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.PersonalDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The contact people of actors who are the person (same e-mail, phone or full name). */
@Component
record ActorPersonalData(JdbcClient jdbc) implements PersonalDataOwner {

    @Override
    public String section() {
        return "Actores (personas de contacto)";
    }

    @Override
    public Set<String> tables() {
        return Set.of("actor_contact");
    }

    static String contacts(DataSubjectRef s, Map<String, Object> params) {
        List<String> w = new ArrayList<>();
        if (!s.emails().isEmpty()) {
            w.add("lower(c.email) in (:emails)");
            params.put("emails", List.copyOf(s.emails()));
        }
        if (!s.phones().isEmpty()) {
            w.add("c.phone in (:phones)");
            params.put("phones", List.copyOf(s.phones()));
        }
        if (!s.names().isEmpty()) {
            w.add("lower(c.full_name) in (:names)");
            params.put("names", s.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        }
        return w.isEmpty() ? "false" : "(" + String.join(" or ", w) + ")";
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        Map<String, Object> p = new HashMap<>();
        return Map.of("Persona de contacto de un actor",
                jdbc.sql("select count(*) from actor_contact c where " + contacts(s, p))
                        .params(p).query(Long.class).single());
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> p = new HashMap<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contactos", jdbc
                .sql("""
                        select c.id, a.name as actor, c.full_name as nombre, c.position as cargo, c.email, c.phone as telefono,
                          c.authorized_at as autorizado, c.authorization_purpose as finalidad
                        from actor_contact c join actor a on a.id = c.actor_id where"""
                        + " " + contacts(s, p) + " order by c.id")
                .params(p).query().listOfRows());
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        Map<String, Object> p = new HashMap<>();
        jdbc.sql("update actor_contact c set full_name = :a, email = null, phone = null, authorized_by = :a where "
                + contacts(s, p)).params(p).param("a", DataSubjectRef.ANONYMISED).update();
    }
}
