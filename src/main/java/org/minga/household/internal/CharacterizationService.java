package org.minga.household.internal;

import org.minga.privacy.PersonalRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.Role;
import org.minga.platform.ValidationException;
import org.minga.privacy.Consents;
import org.minga.privacy.PersonalDataAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Characterisation instruments (versioned definitions) and the answers given to them. */
@Service
class CharacterizationService {

    record InstrumentCommand(String jurisdiction, String code, String name, String subject,
                             InstrumentDefinition definition, Integer version) {
    }

    record InstrumentView(long id, long jurisdictionId, String code, String name, String subject, int currentVersion,
                          InstrumentDefinition definition, int version) {
    }

    record CharacterizationCommand(Long instrumentId, Long householdId, Long personId, LocalDate answeredOn,
                                   Map<String, Object> answers) {
    }

    record CharacterizationView(long id, long householdId, Long personId, long instrumentId, String instrumentName,
                                int instrumentVersion, LocalDate answeredOn, Map<String, Object> answers,
                                InstrumentDefinition definition, String createdBy) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(householdId, null).person(personId, null);
        }

    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Jurisdictions jurisdictions;
    private final PersonService persons;
    private final AlertEngine alerts;
    private final AuditLog audit;
    private final PersonalDataAccess access;
    private final Consents consents;

    CharacterizationService(JdbcClient jdbc, ObjectMapper json, Jurisdictions jurisdictions, PersonService persons,
                            AlertEngine alerts, AuditLog audit, PersonalDataAccess access, Consents consents) {
        this.consents = consents;
        this.jdbc = jdbc;
        this.json = json;
        this.jurisdictions = jurisdictions;
        this.persons = persons;
        this.alerts = alerts;
        this.audit = audit;
        this.access = access;
    }

    static void requireDesigner(CurrentUser user) {
        if (user.role() != Role.ADMINISTRATOR && user.role() != Role.DISTRICT) {
            throw new ForbiddenException("Solo los administradores y usuarios distritales definen instrumentos de caracterización.");
        }
    }

    @Transactional
    InstrumentView create(InstrumentCommand c, CurrentUser user) {
        requireDesigner(user);
        Jurisdiction j = persons.jurisdiction(c.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        if (c.code() == null || !c.code().strip().matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add(new FieldError("code", "El código del instrumento es obligatorio (letras, dígitos, guion; máximo 40)."));
        }
        if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            errors.add(new FieldError("name", "El nombre del instrumento es obligatorio (máximo 200 caracteres)."));
        }
        if (!"HOUSEHOLD".equals(c.subject()) && !"PERSON".equals(c.subject())) {
            errors.add(new FieldError("subject", "Indique si el instrumento caracteriza al hogar (HOUSEHOLD) o a una persona (PERSON)."));
        }
        errors.addAll(c.definition() == null ? List.of(new FieldError("definition", "Falta la definición del instrumento."))
                : c.definition().problems());
        if (errors.isEmpty() && jdbc.sql("select count(*) from instrument where jurisdiction_id = :j and code = :c")
                .param("j", j.id()).param("c", c.code().strip()).query(Long.class).single() > 0) {
            errors.add(new FieldError("code", "Ya existe un instrumento con el código " + c.code().strip() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("insert into instrument (jurisdiction_id, code, name, subject) values (:j, :c, :n, :s) returning id")
                .param("j", j.id()).param("c", c.code().strip()).param("n", c.name().strip()).param("s", c.subject())
                .query(Long.class).single();
        jdbc.sql("insert into instrument_version (instrument_id, number, definition, published_by) values (:i, 1, cast(:d as jsonb), :u)")
                .param("i", id).param("d", write(c.definition())).param("u", user.username()).update();
        InstrumentView v = instrument(id, null);
        audit.record("CREATE", "Instrument", id, j.id(), "Instrumento " + v.code() + " versión 1", null, v);
        return v;
    }

    /** Publishes a new version; answers given on earlier versions keep reading against theirs. */
    @Transactional
    InstrumentView publish(long id, InstrumentDefinition definition, int version, CurrentUser user) {
        requireDesigner(user);
        InstrumentView before = instrument(id, null);
        if (!user.seesJurisdiction(before.jurisdictionId())) {
            throw new ForbiddenException("El instrumento está fuera de su jurisdicción.");
        }
        List<FieldError> errors = definition == null ? List.of(new FieldError("definition", "Falta la definición."))
                : definition.problems();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("update instrument set current_version = current_version + 1, version = version + 1 where id = :id and version = :v")
                .param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("Otra persona publicó una versión de este instrumento; recargue la página.");
        }
        jdbc.sql("""
                        insert into instrument_version (instrument_id, number, definition, published_by)
                        values (:i, (select current_version from instrument where id = :i), cast(:d as jsonb), :u)""")
                .param("i", id).param("d", write(definition)).param("u", user.username()).update();
        InstrumentView after = instrument(id, null);
        audit.record("PUBLISH", "Instrument", id, after.jurisdictionId(), "Instrumento " + after.code() + " versión "
                + after.currentVersion(), before, after);
        return after;
    }

    InstrumentView instrument(long id, Integer number) {
        return jdbc.sql("""
                        select i.*, v.definition::text as def from instrument i
                        join instrument_version v on v.instrument_id = i.id and v.number = coalesce(:n, i.current_version)
                        where i.id = :id""").param("id", id).param("n", number)
                .query((rs, k) -> new InstrumentView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("subject"), rs.getInt("current_version"),
                        read(rs.getString("def")), rs.getInt("version"))).optional()
                .orElseThrow(() -> new NotFoundException("El instrumento " + id + (number == null ? "" : " versión " + number)
                        + " no existe."));
    }

    List<InstrumentView> instruments(long jurisdictionId) {
        return jdbc.sql("select id from instrument where jurisdiction_id = :j order by name").param("j", jurisdictionId)
                .query(Long.class).list().stream().map(id -> instrument(id, null)).toList();
    }

    Long instrumentId(long jurisdictionId, String code) {
        return jdbc.sql("select id from instrument where jurisdiction_id = :j and code = :c").param("j", jurisdictionId)
                .param("c", code).query(Long.class).optional().orElse(null);
    }

    @Transactional
    CharacterizationView characterize(CharacterizationCommand c, CurrentUser user) {
        PersonService.requireWriter(user);
        if (c.instrumentId() == null) {
            throw new ValidationException("instrumentId", "Indique el instrumento de caracterización.");
        }
        if (c.householdId() == null) {
            throw new ValidationException("householdId", "Indique el hogar caracterizado.");
        }
        PersonService.Row h = persons.householdRow(c.householdId(), user);
        InstrumentView inst = instrument(c.instrumentId(), null);
        if (inst.jurisdictionId() != h.jurisdictionId()) {
            throw new ValidationException("instrumentId", "El instrumento no pertenece a la jurisdicción del hogar.");
        }
        if ("PERSON".equals(inst.subject())) {
            if (c.personId() == null) {
                throw new ValidationException("personId", "Este instrumento caracteriza a una persona: indique cuál.");
            }
            PersonView p = persons.person(c.personId());
            if (!Long.valueOf(c.householdId()).equals(p.householdId())) {
                throw new ValidationException("personId", "La persona " + c.personId() + " no es miembro del hogar.");
            }
            persons.requireUsablePerson(c.personId(), user);
        } else if (c.personId() != null) {
            throw new ValidationException("personId", "Este instrumento caracteriza al hogar: no indique una persona.");
        }
        Jurisdiction j = jurisdictions.byId(h.jurisdictionId()).orElseThrow();
        LocalDate today = LocalDate.now(j.zoneId());
        LocalDate on = c.answeredOn() == null ? today : c.answeredOn();
        List<FieldError> errors = new ArrayList<>();
        if (on.isAfter(today)) {
            errors.add(new FieldError("answeredOn", "La fecha de la caracterización no puede ser futura."));
        }
        Map<String, Object> answers = inst.definition().normalise(c.answers(), errors);
        if (errors.isEmpty()) {
            errors.addAll(sensitiveAnswersWithoutCoverage(inst.definition(), answers, c.householdId(), c.personId()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long versionId = jdbc.sql("select id from instrument_version where instrument_id = :i and number = :n")
                .param("i", inst.id()).param("n", inst.currentVersion()).query(Long.class).single();
        long id = jdbc.sql("""
                        insert into characterization (jurisdiction_id, instrument_version_id, household_id, person_id,
                          territory_path, answered_on, answers, created_by)
                        values (:j, :v, :h, :p, :path, :on, cast(:a as jsonb), :u) returning id""")
                .param("j", j.id()).param("v", versionId).param("h", c.householdId()).param("p", c.personId())
                .param("path", h.path()).param("on", on).param("a", write(answers)).param("u", user.username())
                .query(Long.class).single();
        audit.record("CREATE", "Characterization", id, j.id(), "Caracterización con " + inst.code() + " v"
                + inst.currentVersion() + " del hogar " + c.householdId(), null, answers);
        alerts.evaluateHousehold(c.householdId());
        return characterization(id);
    }

    /**
     * Sensitive answers (health, pregnancy, disability, ethnicity, violence: the questions flagged {@code sensitive})
     * are stored only under an authorization that covers sensitive data: the person's, or for a household
     * instrument every member's. Each refused answer names its question.
     */
    List<FieldError> sensitiveAnswersWithoutCoverage(InstrumentDefinition definition, Map<String, Object> answers,
                                                     long householdId, Long personId) {
        List<InstrumentDefinition.Question> sensitive = definition.questions().stream()
                .filter(q -> q.sensitive() && answers.get(q.code()) != null).toList();
        if (sensitive.isEmpty()) {
            return List.of();
        }
        List<Long> subjects = personId != null ? List.of(personId) : jdbc.sql("""
                        select id from person where household_id = :h and anonymised_at is null and merged_into is null
                        order by id""").param("h", householdId).query(Long.class).list();
        List<String> uncovered = subjects.stream().filter(p -> !consents.coversSensitive(p))
                .map(p -> persons.person(p).fullName()).toList();
        if (uncovered.isEmpty()) {
            return List.of();
        }
        String who = personId != null ? "de " + uncovered.get(0) : "de " + String.join(", ", uncovered);
        return sensitive.stream().map(q -> new FieldError("answers." + q.code(), "La pregunta «" + q.text()
                + "» pide un dato sensible (Ley 1581 de 2012, art. 5) y la autorización " + who + " no cubre datos "
                + "sensibles: registre una autorización que los cubra expresamente o deje la pregunta sin responder."))
                .toList();
    }

    CharacterizationView characterization(long id) {
        return jdbc.sql("""
                        select c.*, v.number, v.definition::text as def, v.instrument_id, i.name as instrument_name,
                          c.answers::text as ans from characterization c
                        join instrument_version v on v.id = c.instrument_version_id join instrument i on i.id = v.instrument_id
                        where c.id = :id""").param("id", id)
                .query((rs, n) -> new CharacterizationView(rs.getLong("id"), rs.getLong("household_id"),
                        (Long) rs.getObject("person_id"), rs.getLong("instrument_id"), rs.getString("instrument_name"),
                        rs.getInt("number"), rs.getObject("answered_on", LocalDate.class), alerts.map(rs.getString("ans")),
                        read(rs.getString("def")), rs.getString("created_by"))).optional()
                .orElseThrow(() -> new NotFoundException("La caracterización " + id + " no existe."));
    }

    @Transactional
    CharacterizationView view(long id, CurrentUser user) {
        CharacterizationView v = characterization(id);
        persons.householdRow(v.householdId(), user);
        return v;
    }

    List<CharacterizationView> ofHousehold(long householdId) {
        return jdbc.sql("select id from characterization where household_id = :h order by answered_on desc, id desc")
                .param("h", householdId).query(Long.class).list().stream().map(this::characterization).toList();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private InstrumentDefinition read(String s) {
        try {
            return json.readValue(s, InstrumentDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
