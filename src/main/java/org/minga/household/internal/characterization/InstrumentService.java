package org.minga.household.internal.characterization;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.AccessPolicy;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentCommand;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentView;
import org.minga.household.internal.shared.Json;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Characterisation instruments: versioned definitions, designed by those who configure the jurisdiction. */
@Service
public class InstrumentService {

    private final JdbcClient jdbc;
    private final Json json;
    private final ScopeQueries access;
    private final AuditLog audit;

    InstrumentService(JdbcClient jdbc, Json json, ScopeQueries access, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
        this.audit = audit;
    }

    /** Refuses who does not configure the jurisdiction's instruments (administrators and district users do). */
    public void requireDesigner(CurrentUser user) {
        if (!access.allows(user, Capability.CONFIGURE_JURISDICTION)) {
            throw new ForbiddenException(
                    "Solo los administradores y usuarios distritales definen instrumentos de caracterización.");
        }
    }

    @Transactional
    public InstrumentView create(InstrumentCommand c, CurrentUser user) {
        requireDesigner(user);
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        if (c.code() == null || !c.code().strip().matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add(new FieldError("code",
                    "El código del instrumento es obligatorio (letras, dígitos, guion; máximo 40)."));
        }
        if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            errors.add(new FieldError("name", "El nombre del instrumento es obligatorio (máximo 200 caracteres)."));
        }
        if (!"HOUSEHOLD".equals(c.subject()) && !"PERSON".equals(c.subject())) {
            errors.add(new FieldError("subject",
                    "Indique si el instrumento caracteriza al hogar (HOUSEHOLD) o a una persona (PERSON)."));
        }
        errors.addAll(
                c.definition() == null ? List.of(new FieldError("definition", "Falta la definición del instrumento."))
                        : c.definition().problems());
        if (errors.isEmpty() && instrumentId(j.id(), c.code().strip()) != null) {
            errors.add(new FieldError("code", "Ya existe un instrumento con el código " + c.code().strip() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql(
                "insert into instrument (jurisdiction_id, code, name, subject) values (:j, :c, :n, :s) returning id")
                .param("j", j.id()).param("c", c.code().strip()).param("n", c.name().strip()).param("s", c.subject())
                .query(Long.class).single();
        jdbc.sql(
                "insert into instrument_version (instrument_id, number, definition, published_by) values (:i, 1, cast(:d as jsonb), :u)")
                .param("i", id).param("d", json.write(c.definition())).param("u", user.username()).update();
        InstrumentView v = instrument(id, null);
        audit.record("CREATE", "Instrument", id, j.id(), "Instrumento " + v.code() + " versión 1", null, v);
        return v;
    }

    /** Publishes a new version; answers given on earlier versions keep reading against theirs. */
    @Transactional
    public InstrumentView publish(long id, InstrumentDefinition definition, int version, CurrentUser user) {
        requireDesigner(user);
        InstrumentView before = instrument(id, null);
        if (!AccessPolicy.reachesJurisdiction(user, Capability.CONFIGURE_JURISDICTION, before.jurisdictionId())) {
            throw new ForbiddenException("El instrumento está fuera de su jurisdicción.");
        }
        List<FieldError> errors = definition == null ? List.of(new FieldError("definition", "Falta la definición."))
                : definition.problems();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql(
                "update instrument set current_version = current_version + 1, version = version + 1 where id = :id and version = :v")
                .param("id", id).param("v", version).update();
        if (n == 0) {
            throw new ConflictException("Otra persona publicó una versión de este instrumento; recargue la página.");
        }
        jdbc.sql("""
                insert into instrument_version (instrument_id, number, definition, published_by)
                values (:i, (select current_version from instrument where id = :i), cast(:d as jsonb), :u)""")
                .param("i", id).param("d", json.write(definition)).param("u", user.username()).update();
        InstrumentView after = instrument(id, null);
        audit.record("PUBLISH", "Instrument", id, after.jurisdictionId(), "Instrumento " + after.code() + " versión "
                + after.currentVersion(), before, after);
        return after;
    }

    public InstrumentView instrument(long id, Integer number) {
        return jdbc.sql("""
                select i.*, v.definition::text as def from instrument i
                join instrument_version v on v.instrument_id = i.id and v.number = coalesce(:n, i.current_version)
                where i.id = :id""").param("id", id).param("n", number)
                .query((rs, k) -> new InstrumentView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getString("code"),
                        rs.getString("name"), rs.getString("subject"), rs.getInt("current_version"),
                        json.read(rs.getString("def"), InstrumentDefinition.class), rs.getInt("version")))
                .optional()
                .orElseThrow(() -> new NotFoundException(
                        "El instrumento " + id + (number == null ? "" : " versión " + number)
                                + " no existe."));
    }

    /** An instrument of a jurisdiction the user sees. */
    public InstrumentView visibleInstrument(long id, CurrentUser user) {
        InstrumentView v = instrument(id, null);
        if (!AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, v.jurisdictionId())) {
            throw new ForbiddenException("El instrumento está fuera de su jurisdicción.");
        }
        return v;
    }

    public List<InstrumentView> instruments(long jurisdictionId) {
        return jdbc.sql("select id from instrument where jurisdiction_id = :j order by name").param("j", jurisdictionId)
                .query(Long.class).list().stream().map(id -> instrument(id, null)).toList();
    }

    public Long instrumentId(long jurisdictionId, String code) {
        return jdbc.sql("select id from instrument where jurisdiction_id = :j and code = :c").param("j", jurisdictionId)
                .param("c", code).query(Long.class).optional().orElse(null);
    }

    /** The id of the version currently published. */
    long currentVersionId(InstrumentView inst) {
        return jdbc.sql("select id from instrument_version where instrument_id = :i and number = :n")
                .param("i", inst.id()).param("n", inst.currentVersion()).query(Long.class).single();
    }
}
