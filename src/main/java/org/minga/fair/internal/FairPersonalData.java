package org.minga.fair.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.ScrubQueries;
import org.minga.platform.PersonalDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's attendances at service fairs. A registration holds no name or document, only the person's id and the
 * age group, sex and population group the fair's results count: it stays as it is once the person is anonymised.
 * Lessons recorded at a fair lose the person's identifiers when they name them.
 */
@Component
record FairPersonalData(JdbcClient jdbc) implements PersonalDataOwner {

    @Override
    public String section() {
        return "Ferias de servicios";
    }

    @Override
    public Set<String> tables() {
        return Set.of("fair_registration", "fair_lesson");
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        return Map.of("Asistencias a ferias de servicios",
                ScrubQueries.rowsOfPerson(jdbc, "fair_registration", s));
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asistencias", jdbc.sql("""
                select r.id, f.name as feria, f.fair_date as fecha, f.site as lugar, r.referral_code as remision,
                  r.satisfaction as satisfaccion, r.registered_at as registrada,
                  (select string_agg(a.service_name || ' (' || a.actor_name || ')', '; ')
                   from fair_attendance a where a.registration_id = r.id) as servicios
                from fair_registration r join fair f on f.id = r.fair_id where r.person_id = :p order by r.id""")
                .param("p", s.personId()).query().listOfRows());
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        ScrubQueries.scrubColumns(jdbc, s, "fair_lesson", null, null, false, "text");
    }
}
