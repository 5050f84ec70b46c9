package org.minga.household.internal.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minga.household.internal.household.HouseholdReadModel;
import org.minga.platform.AuditLog;
import org.minga.platform.DataSubjectRef;
import org.minga.platform.PersonalDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the household module keeps about a person: the person record (and the records merged into it), the household's
 * address when the person lives alone, characterisations, alerts and the household's care plans.
 */
@Component
record HouseholdPersonalData(JdbcClient jdbc, PersonReadModel persons, HouseholdReadModel households,
        AuditLog audit) implements PersonalDataOwner {

    static final String ANONYMISED = "ANONIMIZADO";

    @Override
    public String section() {
        return "Hogares y personas";
    }

    @Override
    public Set<String> tables() {
        return Set.of("person", "household", "characterization", "alert", "care_plan", "care_plan_action",
                "care_plan_visit");
    }

    /** The person and the duplicates merged into them. */
    private List<Long> records(long personId) {
        return jdbc.sql("select id from person where id = :p or merged_into = :p order by id").param("p", personId)
                .query(Long.class).list();
    }

    /** The person's household when no one else lives in it (its address is then the person's own). */
    private Long ownHousehold(long personId) {
        return jdbc.sql("""
                select p.household_id from person p where p.id = :p and p.household_id is not null
                  and not exists (select 1 from person o where o.household_id = p.household_id and o.id <> p.id
                                  and o.merged_into is null and o.anonymised_at is null)""")
                .param("p", personId).query(Long.class).optional().orElse(null);
    }

    private Long household(long personId) {
        return jdbc.sql("select household_id from person where id = :p").param("p", personId).query(Long.class)
                .optional()
                .orElse(null);
    }

    @Override
    public void identify(DataSubjectRef.Builder b) {
        records(b.personId()).forEach(b::merged); // the duplicates merged into the person (merged skips the person)
        jdbc.sql("""
                select document_number, first_name, middle_name, last_name, second_last_name, phone, email
                from person where (id = :p or merged_into = :p) and anonymised_at is null""")
                .param("p", b.personId()).query((rs, n) -> {
                    b.document(rs.getString(1));
                    String first = rs.getString(2);
                    String middle = rs.getString(3);
                    String last = rs.getString(4);
                    String second = rs.getString(5);
                    b.name(join(first, last)).name(join(first, middle, last, second)).name(join(first, last, second))
                            .name(join(first, middle, last));
                    b.phone(rs.getString(6)).email(rs.getString(7));
                    return null;
                }).list();
        Long own = ownHousehold(b.personId());
        if (own != null) {
            b.address(jdbc.sql("select address from household where id = :h").param("h", own).query(String.class)
                    .optional().orElse(null));
        }
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.append(out.length() == 0 ? "" : " ").append(p.strip());
            }
        }
        return out.toString();
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        List<Long> ids = records(s.personId());
        Long h = household(s.personId());
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("Registro de la persona", (long) ids.size());
        out.put("Caracterizaciones", count("select count(*) from characterization where person_id in (:ids)", ids));
        out.put("Alertas", count("select count(*) from alert where person_id in (:ids)", ids));
        out.put("Planes de cuidado del hogar", h == null ? 0L
                : jdbc.sql("select count(*) from care_plan where household_id = :h").param("h", h).query(Long.class)
                        .single());
        return out;
    }

    private long count(String sql, List<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql(sql).param("ids", ids).query(Long.class).single();
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> out = new LinkedHashMap<>();
        PersonView p = persons.person(s.personId());
        List<Long> ids = records(s.personId());
        out.put("datos", p);
        if (p.householdId() != null) {
            out.put("hogar", households.household(p.householdId()));
        }
        out.put("caracterizaciones", jdbc.sql("""
                select c.id, c.answered_on, i.name as instrumento, v.number as version, c.answers::text as respuestas
                from characterization c join instrument_version v on v.id = c.instrument_version_id
                join instrument i on i.id = v.instrument_id where c.person_id in (:ids) order by c.answered_on""")
                .param("ids", ids).query().listOfRows());
        out.put("alertas", jdbc.sql("""
                select a.id, r.name as regla, a.status, a.detail, a.created_at, a.due_on
                from alert a join alert_rule r on r.id = a.rule_id where a.person_id in (:ids) order by a.id""")
                .param("ids", ids).query().listOfRows());
        if (p.householdId() != null) {
            out.put("planesDeCuidado", jdbc.sql("""
                    select c.id, c.status, c.opened_on, c.closed_on,
                      (select json_agg(json_build_object('necesidad', a.need, 'accion', a.action, 'responsable',
                         a.responsible_name, 'estado', a.status) order by a.id)::text
                       from care_plan_action a where a.care_plan_id = c.id) as acciones,
                      (select json_agg(json_build_object('fecha', v.visited_on, 'notas', v.notes) order by v.id)::text
                       from care_plan_visit v where v.care_plan_id = c.id) as visitas
                    from care_plan c where c.household_id = :h order by c.id""")
                    .param("h", p.householdId()).query().listOfRows());
        }
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        List<Long> ids = records(s.personId());
        if (ids.isEmpty()) {
            return;
        }
        Long own = ownHousehold(s.personId());
        Long h = household(s.personId());
        long jurisdictionId = persons.person(s.personId()).jurisdictionId();
        jdbc.sql(
                """
                        update person set document_type = 'SD', document_number = null, first_name = :a, middle_name = null,
                          last_name = :a, second_last_name = null, name_key = :k, birth_date = null, gender_identity = null,
                          ethnicity = null, disability = false, disability_certified = false, population_groups = null, phone = null,
                          email = null, processing_stopped = true, anonymised_at = coalesce(anonymised_at, now()), version = version + 1,
                          updated_at = now()
                        where id in (:ids)""")
                .param("a", ANONYMISED).param("k", "anonimizado").param("ids", ids).update();
        jdbc.sql("update characterization set answers = '{}'::jsonb, version = version + 1 where person_id in (:ids)")
                .param("ids", ids).update();
        jdbc.sql(
                """
                        update alert set detail = :a, closing_note = null, status = 'CERRADA', closed_at = coalesce(closed_at, now())
                        where person_id in (:ids)""")
                .param("a", ANONYMISED).param("ids", ids).update();
        if (own != null) {
            jdbc.sql("""
                    update household set address = null, latitude = null, longitude = null, version = version + 1,
                      updated_at = now() where id = :h""").param("h", own).update();
        }
        if (h != null) {
            record Text(long id, String a, String b, String c) {
            }
            for (Text t : jdbc.sql("""
                    select a.id, a.need, a.action, a.responsible_name from care_plan_action a
                    join care_plan c on c.id = a.care_plan_id where c.household_id = :h""").param("h", h)
                    .query((rs, n) -> new Text(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .list()) {
                jdbc.sql("update care_plan_action set need = :a, action = :b, responsible_name = :c where id = :id")
                        .param("a", s.scrub(t.a())).param("b", s.scrub(t.b())).param("c", s.scrub(t.c()))
                        .param("id", t.id())
                        .update();
            }
            for (Text t : jdbc.sql("""
                    select v.id, v.notes, null, null from care_plan_visit v
                    join care_plan c on c.id = v.care_plan_id where c.household_id = :h""").param("h", h)
                    .query((rs, n) -> new Text(rs.getLong(1), rs.getString(2), null, null)).list()) {
                jdbc.sql("update care_plan_visit set notes = :a where id = :id").param("a", s.scrub(t.a()))
                        .param("id", t.id()).update();
            }
        }
        audit.record("ANONYMISE", "Person", s.personId(), jurisdictionId,
                "Persona anonimizada por solicitud de supresión",
                null, null);
    }
}
