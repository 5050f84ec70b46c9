package org.minga.training.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.PersonalDataOwner;
import org.minga.platform.ScrubQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What training keeps about a community agent (a person): their participation in programmes (name, declared
 * diversity, scores, certificate), the capacities they hold and the teams they belong to. Anonymising keeps the rows
 * (the figures stay right) and blanks the name and what identifies; a certificate of an anonymised person no longer
 * verifies (its code is removed).
 */
@Component
record TrainingPersonalData(JdbcClient jdbc) implements PersonalDataOwner {

    @Override
    public String section() {
        return "Formación";
    }

    @Override
    public Set<String> tables() {
        return Set.of("training_participant", "capacity_holding", "training_team_member");
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("Participaciones en programas de formación",
                ScrubQueries.rowsOfPerson(jdbc, "training_participant", s));
        out.put("Capacidades registradas", ScrubQueries.rowsOfPerson(jdbc, "capacity_holding", s));
        out.put("Equipos", ScrubQueries.rowsOfPerson(jdbc, "training_team_member", s));
        return out;
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("programas de formación", jdbc.sql("""
                select p.code as programa, p.name as nombre_programa, x.name as nombre, x.sex as sexo,
                       x.gender_identity as identidad_genero,
                       x.ethnicity as etnia, x.age_group as grupo_edad, x.disability as discapacidad,
                       x.score_before as puntaje_inicial, x.score_after as puntaje_final, x.status as estado,
                       x.completed_on as completado, x.certificate_code as certificado,
                       (select count(*) from training_attendance a where a.participant_id = x.id) as sesiones_asistidas
                  from training_participant x join training_programme p on p.id = x.programme_id
                 where x.person_id = :p order by x.id""").param("p", s.personId()).query().listOfRows());
        out.put("capacidades", jdbc.sql("""
                select c.code as capacidad, c.name as nombre, h.acquired_on as desde from capacity_holding h
                  join capacity c on c.id = h.capacity_id where h.person_id = :p order by h.acquired_on""")
                .param("p", s.personId()).query().listOfRows());
        out.put("equipos", jdbc.sql("""
                select t.code as equipo, t.name as nombre from training_team_member m
                  join training_team t on t.id = m.team_id where m.person_id = :p""").param("p", s.personId())
                .query().listOfRows());
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        jdbc.sql(
                """
                        update training_participant set name = :anon, ethnicity = null, gender_identity = null, certificate_code = null,
                               version = version + 1 where person_id = :p""")
                .param("anon", DataSubjectRef.ANONYMISED).param("p", s.personId()).update();
        jdbc.sql("update training_team_member set name = :anon where person_id = :p")
                .param("anon", DataSubjectRef.ANONYMISED).param("p", s.personId()).update();
    }
}
