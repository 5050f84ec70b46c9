package org.minga.attention.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.minga.platform.DataSubjectRef;
import org.minga.platform.ScrubQueries;
import org.minga.platform.PersonalDataOwner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The attentions a person received, alone or in a group: the rows stay (they are counted), their notes are scrubbed. */
@Component
record AttentionPersonalData(JdbcClient jdbc) implements PersonalDataOwner {

    /** The person's attentions, and those of the persons merged into them not yet moved to them ({@link #of}). */
    private static final String OF_PERSON = """
            (person_id = :p or person_id = any(:merged)
             or id in (select attention_id from attention_participant where person_id = :p))""";

    /** The parameters of {@link #OF_PERSON}. */
    private static Map<String, Object> of(DataSubjectRef s) {
        return Map.of("p", s.personId(), "merged", s.mergedPersonIds().toArray(Long[]::new));
    }

    @Override
    public String section() {
        return "Atenciones";
    }

    @Override
    public Set<String> tables() {
        return Set.of("attention", "attention_participant");
    }

    @Override
    public Map<String, Long> list(DataSubjectRef s) {
        return Map.of("Atenciones",
                jdbc.sql("select count(*) from attention where " + OF_PERSON).params(of(s))
                        .query(Long.class).single());
    }

    @Override
    public Map<String, Object> export(DataSubjectRef s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("atenciones", jdbc
                .sql("select id, setting as entorno, mode as modalidad, attended_on as fecha, actor_name as entidad, "
                        + "service_name as servicio, notes as notas from attention where " + OF_PERSON
                        + " order by attended_on, id")
                .params(of(s)).query().listOfRows());
        return out;
    }

    @Override
    public void anonymise(DataSubjectRef s) {
        // the person's own attentions: the notes are about them; a group's notes lose the person's identifiers only
        jdbc.sql("update attention set notes = null, version = version + 1 where person_id = :p and notes is not null")
                .param("p", s.personId()).update();
        ScrubQueries.scrubColumns(jdbc, s, "attention", OF_PERSON, of(s), true, "notes");
    }
}
