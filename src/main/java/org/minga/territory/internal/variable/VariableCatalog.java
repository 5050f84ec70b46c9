package org.minga.territory.internal.variable;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.platform.AccessScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of social variables of each jurisdiction and the values stored for them. */
@Service
@RequiredArgsConstructor
public class VariableCatalog {

    static final String ENTITY = "social_variable";

    private final SocialVariableRepository store;
    private final Validator validator;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;

    /** Administrators and district users of the jurisdiction keep its catalogue; everyone else reads it. */
    public static boolean canEdit(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.CONFIGURE_JURISDICTION, jurisdictionId);
    }

    public List<SocialVariable> list(long jurisdictionId) {
        return store.list(jurisdictionId);
    }

    /** The catalogue keyed by code, in name order. */
    public Map<String, SocialVariable> byCode(long jurisdictionId) {
        Map<String, SocialVariable> m = new LinkedHashMap<>();
        list(jurisdictionId).forEach(v -> m.put(v.code(), v));
        return m;
    }

    public Optional<SocialVariable> byId(long id) {
        return store.byId(id);
    }

    /** The variable when its jurisdiction is in the user's scope; otherwise not found. */
    public SocialVariable requireVisible(long id, CurrentUser user) {
        return byId(id).filter(
                v -> AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, v.jurisdictionId()))
                .orElseThrow(() -> new NotFoundException("No existe la variable " + id + "."));
    }

    @Transactional
    public SocialVariable create(VariableForm form, CurrentUser user) {
        Jurisdiction j = requireJurisdiction(form.jurisdiction(), user);
        requireEditor(user, j.id());
        VariableDirection direction = validate(form);
        if (store.codeTaken(j.id(), form.code(), null)) {
            throw new ValidationException("code", "Ya existe una variable con el código '" + form.code() + "' en "
                    + j.name() + ".");
        }
        long id = store.insert(j.id(), form.code(), form.name().strip(), blankToNull(form.description()),
                form.unit().strip(), blankToNull(form.source()), direction);
        SocialVariable created = byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, id, j.id(), "Variable social " + created.code() + " creada", null, created);
        return created;
    }

    @Transactional
    public SocialVariable update(long id, VariableForm form, CurrentUser user) {
        SocialVariable before = requireVisible(id, user);
        requireEditor(user, before.jurisdictionId());
        VariableDirection direction = validate(form);
        if (form.version() == null) {
            throw new ValidationException("version", "Falta la versión del registro que editó; recargue la página.");
        }
        if (!before.code().equals(form.code())) {
            if (store.codeTaken(before.jurisdictionId(), form.code(), id)) {
                throw new ValidationException("code", "Ya existe otra variable con el código '" + form.code() + "'.");
            }
        }
        boolean changed = store.update(id, form.version(), form.code(), form.name().strip(),
                blankToNull(form.description()), form.unit().strip(), blankToNull(form.source()), direction);
        if (!changed) {
            throw new ConflictException(
                    "Otra persona modificó esta variable mientras usted la editaba. Recargue y vuelva a intentar.");
        }
        SocialVariable after = byId(id).orElseThrow();
        audit.record("UPDATE", ENTITY, id, after.jurisdictionId(), "Variable social " + after.code() + " modificada",
                before, after);
        return after;
    }

    /**
     * Creates or updates a variable by code, for the catalogue import (already validated and authorised).
     * Returns true when it changed anything.
     */
    boolean upsert(long jurisdictionId, String code, String name, String unit, String source,
            VariableDirection direction,
            String description) {
        Optional<SocialVariable> existing = store.byCode(jurisdictionId, code);
        if (existing.isEmpty()) {
            long id = store.insert(jurisdictionId, code, name, description, unit, source, direction);
            SocialVariable created = byId(id).orElseThrow();
            audit.record("CREATE", ENTITY, id, jurisdictionId, "Variable social " + code + " creada por importación",
                    null, created);
            return true;
        }
        SocialVariable before = existing.get();
        SocialVariable wanted = new SocialVariable(before.id(), jurisdictionId, code, name, description, unit, source,
                direction, before.version());
        if (wanted.equals(before)) {
            return false;
        }
        store.replace(before.id(), name, description, unit, source, direction);
        audit.record("UPDATE", ENTITY, before.id(), jurisdictionId,
                "Variable social " + code + " modificada por importación", before, byId(before.id()).orElseThrow());
        return true;
    }

    /** Values of a variable in territories of the user's scope, optionally for one year and one level. */
    public PageResult<VariableValueView> values(SocialVariable variable, Integer year, String levelCode,
            AccessScope scope, PageRequest page) {
        return store.values(variable.id(), year, blankToNull(levelCode), scope.likePattern(), page);
    }

    /** The years with values for the variable, newest first. */
    public List<Integer> years(long variableId) {
        return store.years(variableId);
    }

    /** The years with any value in the jurisdiction, newest first. */
    public List<Integer> yearsOf(long jurisdictionId) {
        return store.yearsOf(jurisdictionId);
    }

    /** Values per territory id and variable code, for the given variables, year and territories. */
    public Map<Long, Map<String, BigDecimal>> valuesOf(Collection<SocialVariable> variables, int year,
            Collection<Long> territoryIds) {
        if (variables.isEmpty() || territoryIds.isEmpty()) {
            return new HashMap<>();
        }
        Map<Long, String> codes = new HashMap<>();
        variables.forEach(v -> codes.put(v.id(), v.code()));
        return store.valuesOf(codes, year, territoryIds);
    }

    /** The levels of a jurisdiction's tree, from the root down. */
    public List<LevelView> levels(long jurisdictionId) {
        return store.levels(jurisdictionId);
    }

    private Jurisdiction requireJurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }

    private static void requireEditor(CurrentUser user, long jurisdictionId) {
        if (!canEdit(user, jurisdictionId)) {
            throw new ForbiddenException("Solo los administradores y usuarios distritales de la jurisdicción "
                    + "modifican el catálogo de variables.");
        }
    }

    private VariableDirection validate(VariableForm form) {
        List<FieldError> errors = Violations.of(validator, form);
        Optional<VariableDirection> direction = VariableDirection.parse(form.direction());
        if (direction.isEmpty()) {
            errors.add(new FieldError("direction",
                    "La dirección es obligatoria: 'mayor es peor' (HIGHER_IS_WORSE) o 'mayor es mejor' (HIGHER_IS_BETTER)."));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(FieldError::field));
            throw new ValidationException(errors);
        }
        return direction.get();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
