package org.minga.territory.internal.variable;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import jakarta.validation.Validator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of social variables of each jurisdiction and the values stored for them. */
@Service
public class VariableCatalog {

    static final String ENTITY = "social_variable";

    private static final String SELECT = """
            select id, jurisdiction_id, code, name, description, unit, source, direction, version
            from social_variable
            """;

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;

    VariableCatalog(JdbcClient jdbc, Validator validator, AuditLog audit, Jurisdictions jurisdictions) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
    }

    /** Administrators and district users of the jurisdiction keep its catalogue; everyone else reads it. */
    public static boolean canEdit(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.CONFIGURE_JURISDICTION, jurisdictionId);
    }

    public List<SocialVariable> list(long jurisdictionId) {
        return jdbc.sql(SELECT + "where jurisdiction_id = :j order by name, code").param("j", jurisdictionId)
                .query(VariableCatalog::map).list();
    }

    /** The catalogue keyed by code, in name order. */
    public Map<String, SocialVariable> byCode(long jurisdictionId) {
        Map<String, SocialVariable> m = new LinkedHashMap<>();
        list(jurisdictionId).forEach(v -> m.put(v.code(), v));
        return m;
    }

    public Optional<SocialVariable> byId(long id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(VariableCatalog::map).optional();
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
        boolean taken = jdbc
                .sql("select exists(select 1 from social_variable where jurisdiction_id = :j and code = :c)")
                .param("j", j.id()).param("c", form.code()).query(Boolean.class).single();
        if (taken) {
            throw new ValidationException("code", "Ya existe una variable con el código '" + form.code() + "' en "
                    + j.name() + ".");
        }
        long id = jdbc.sql("""
                insert into social_variable (jurisdiction_id, code, name, description, unit, source, direction)
                values (:j, :c, :n, :d, :u, :s, :dir) returning id""")
                .param("j", j.id()).param("c", form.code()).param("n", form.name().strip())
                .param("d", blankToNull(form.description())).param("u", form.unit().strip())
                .param("s", blankToNull(form.source())).param("dir", direction.name())
                .query(Long.class).single();
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
            boolean taken = jdbc.sql("""
                    select exists(select 1 from social_variable
                    where jurisdiction_id = :j and code = :c and id <> :id)""")
                    .param("j", before.jurisdictionId()).param("c", form.code()).param("id", id)
                    .query(Boolean.class).single();
            if (taken) {
                throw new ValidationException("code", "Ya existe otra variable con el código '" + form.code() + "'.");
            }
        }
        int changed = jdbc.sql("""
                update social_variable set code = :c, name = :n, description = :d, unit = :u, source = :s,
                  direction = :dir, version = version + 1, updated_at = now()
                where id = :id and version = :v""")
                .param("c", form.code()).param("n", form.name().strip()).param("d", blankToNull(form.description()))
                .param("u", form.unit().strip()).param("s", blankToNull(form.source())).param("dir", direction.name())
                .param("id", id).param("v", form.version()).update();
        if (changed == 0) {
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
        Optional<SocialVariable> existing = jdbc.sql(SELECT + "where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(VariableCatalog::map).optional();
        if (existing.isEmpty()) {
            long id = jdbc.sql("""
                    insert into social_variable (jurisdiction_id, code, name, description, unit, source, direction)
                    values (:j, :c, :n, :d, :u, :s, :dir) returning id""")
                    .param("j", jurisdictionId).param("c", code).param("n", name).param("d", description)
                    .param("u", unit).param("s", source).param("dir", direction.name()).query(Long.class).single();
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
        jdbc.sql("""
                update social_variable set name = :n, description = :d, unit = :u, source = :s, direction = :dir,
                  version = version + 1, updated_at = now() where id = :id""")
                .param("n", name).param("d", description).param("u", unit).param("s", source)
                .param("dir", direction.name()).param("id", before.id()).update();
        audit.record("UPDATE", ENTITY, before.id(), jurisdictionId,
                "Variable social " + code + " modificada por importación", before, byId(before.id()).orElseThrow());
        return true;
    }

    /** Values of a variable in territories of the user's scope, optionally for one year and one level. */
    public PageResult<VariableValueView> values(SocialVariable variable, Integer year, String levelCode,
            AccessScope scope, PageRequest page) {
        String where = """
                from variable_value vv
                join territory t on t.id = vv.territory_id
                join territory_level l on l.id = t.level_id
                where vv.variable_id = :v and t.path like :prefix
                  and (cast(:y as integer) is null or vv.year = :y)
                  and (cast(:level as varchar) is null or l.code = :level)
                """;
        long total = jdbc.sql("select count(*) " + where).param("v", variable.id())
                .param("prefix", scope.likePattern()).param("y", year).param("level", blankToNull(levelCode))
                .query(Long.class).single();
        List<VariableValueView> items = jdbc.sql("""
                select t.id, t.code, t.name, l.code as level_code, vv.year, vv.value, vv.source_note
                """ + where + " order by vv.year desc, l.rank, t.name limit :limit offset :offset")
                .param("v", variable.id()).param("prefix", scope.likePattern()).param("y", year)
                .param("level", blankToNull(levelCode)).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new VariableValueView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("level_code"), rs.getInt("year"), Decimals.plain(rs.getBigDecimal("value")),
                        rs.getString("source_note")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The years with values for the variable, newest first. */
    public List<Integer> years(long variableId) {
        return jdbc.sql("select distinct year from variable_value where variable_id = :v order by year desc")
                .param("v", variableId).query(Integer.class).list();
    }

    /** The years with any value in the jurisdiction, newest first. */
    public List<Integer> yearsOf(long jurisdictionId) {
        return jdbc.sql("""
                select distinct vv.year from variable_value vv
                where vv.jurisdiction_id = :j order by vv.year desc""")
                .param("j", jurisdictionId).query(Integer.class).list();
    }

    /** Values per territory id and variable code, for the given variables, year and territories. */
    public Map<Long, Map<String, BigDecimal>> valuesOf(Collection<SocialVariable> variables, int year,
            Collection<Long> territoryIds) {
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        if (variables.isEmpty() || territoryIds.isEmpty()) {
            return result;
        }
        Map<Long, String> codes = new HashMap<>();
        variables.forEach(v -> codes.put(v.id(), v.code()));
        jdbc.sql("""
                select territory_id, variable_id, value from variable_value
                where variable_id in (:vars) and year = :y and territory_id in (:ts)""")
                .param("vars", codes.keySet()).param("y", year).param("ts", territoryIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("territory_id"), k -> new HashMap<>())
                            .put(codes.get(rs.getLong("variable_id")), Decimals.plain(rs.getBigDecimal("value")));
                });
        return result;
    }

    /** The levels of a jurisdiction's tree, from the root down. */
    public List<LevelView> levels(long jurisdictionId) {
        return jdbc
                .sql("select id, code, name, rank from territory_level where jurisdiction_id = :j order by rank, name")
                .param("j", jurisdictionId)
                .query((rs, n) -> new LevelView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("rank")))
                .list();
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

    static SocialVariable map(ResultSet rs, int n) throws SQLException {
        return new SocialVariable(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("description"), rs.getString("unit"), rs.getString("source"),
                VariableDirection.valueOf(rs.getString("direction")), rs.getInt("version"));
    }
}
