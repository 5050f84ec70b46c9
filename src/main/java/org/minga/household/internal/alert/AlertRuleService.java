package org.minga.household.internal.alert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.minga.platform.AccessPolicy;
import org.minga.household.internal.alert.AlertRecords.RuleCommand;
import org.minga.household.internal.alert.AlertRecords.RuleUpdate;
import org.minga.household.internal.alert.AlertRecords.RuleView;
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
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alert rules of a jurisdiction: defined and tuned by those who configure it, re-run over households on demand. */
@Service
public class AlertRuleService {

    public static final List<String> SEVERITIES = List.of("BAJA", "MEDIA", "ALTA", "CRITICA");

    private final JdbcClient jdbc;
    private final Json json;
    private final ScopeQueries access;
    private final AlertEngine engine;
    private final AuditLog audit;

    AlertRuleService(JdbcClient jdbc, Json json, ScopeQueries access, AlertEngine engine, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
        this.engine = engine;
        this.audit = audit;
    }

    @Transactional
    public RuleView create(RuleCommand c, CurrentUser user) {
        access.require(user, Capability.CONFIGURE_JURISDICTION);
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        if (c.code() == null || !c.code().strip().matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add(new FieldError("code",
                    "El código de la regla es obligatorio (letras, dígitos, guion; máximo 40)."));
        }
        if (c.name() == null || c.name().isBlank()) {
            errors.add(new FieldError("name", "El nombre de la regla es obligatorio."));
        }
        if (c.kind() == null || !AlertRules.KINDS.contains(c.kind())) {
            errors.add(new FieldError("kind",
                    "El tipo de regla debe ser uno de " + String.join(", ", new TreeSet<>(AlertRules.KINDS)) + "."));
        }
        if (c.severity() == null || !SEVERITIES.contains(c.severity())) {
            errors.add(new FieldError("severity", "La severidad debe ser BAJA, MEDIA, ALTA o CRITICA."));
        }
        if (c.dueDays() != null && (c.dueDays() < 1 || c.dueDays() > 365)) {
            errors.add(new FieldError("dueDays", "El plazo de atención debe estar entre 1 y 365 días."));
        }
        if (errors.isEmpty() && jdbc.sql("select count(*) from alert_rule where jurisdiction_id = :j and code = :c")
                .param("j", j.id()).param("c", c.code().strip()).query(Long.class).single() > 0) {
            errors.add(new FieldError("code", "Ya existe una regla con el código " + c.code().strip() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into alert_rule (jurisdiction_id, code, name, kind, params, severity, due_days)
                values (:j, :c, :n, :k, cast(:p as jsonb), :s, :d) returning id""")
                .param("j", j.id()).param("c", c.code().strip()).param("n", c.name().strip()).param("k", c.kind())
                .param("p", json.write(c.params() == null ? Map.of() : c.params())).param("s", c.severity())
                .param("d", c.dueDays() == null ? 15 : c.dueDays()).query(Long.class).single();
        RuleView v = rules(j.id()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        audit.record("CREATE", "AlertRule", id, j.id(), "Regla de alerta " + v.code(), null, v);
        return v;
    }

    public List<RuleView> rules(long jurisdictionId) {
        return jdbc.sql("select * from alert_rule where jurisdiction_id = :j order by code").param("j", jurisdictionId)
                .query((rs, n) -> new RuleView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("kind"), json.map(rs.getString("params")),
                        rs.getString("severity"), rs.getInt("due_days"), rs.getBoolean("active"), rs.getInt("version")))
                .list();
    }

    public RuleView rule(long id, CurrentUser user) {
        long j = jdbc.sql("select jurisdiction_id from alert_rule where id = :id").param("id", id).query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("La regla de alerta " + id + " no existe."));
        if (!AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, j)) {
            throw new ForbiddenException("La regla de alerta está fuera de su jurisdicción.");
        }
        return rules(j).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Changes a rule's name, parameters (those of its kind), severity, due days and active flag. */
    @Transactional
    public RuleView update(long id, RuleUpdate u, CurrentUser user) {
        access.require(user, Capability.CONFIGURE_JURISDICTION);
        RuleView before = rule(id, user);
        List<FieldError> errors = new ArrayList<>();
        if (u.name() == null || u.name().isBlank() || u.name().length() > 200) {
            errors.add(new FieldError("name", "El nombre de la regla es obligatorio (máximo 200 caracteres)."));
        }
        if (u.severity() == null || !SEVERITIES.contains(u.severity())) {
            errors.add(new FieldError("severity", "La severidad debe ser BAJA, MEDIA, ALTA o CRITICA."));
        }
        if (u.dueDays() == null || u.dueDays() < 1 || u.dueDays() > 365) {
            errors.add(new FieldError("dueDays", "El plazo de atención debe estar entre 1 y 365 días."));
        }
        Map<String, Object> params = params(before.kind(), u.params(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("""
                update alert_rule set name = :n, params = cast(:p as jsonb), severity = :s, due_days = :d, active = :a,
                  version = version + 1 where id = :id and version = :v""")
                .param("n", u.name().strip()).param("p", json.write(params)).param("s", u.severity())
                .param("d", u.dueDays())
                .param("a", u.active()).param("id", id).param("v", u.version() == null ? -1 : u.version()).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó esta regla; recargue la página.");
        }
        RuleView after = rule(id, user);
        audit.record("UPDATE", "AlertRule", id, before.jurisdictionId(), "Regla de alerta " + before.code(), before,
                after);
        return after;
    }

    /** The parameters of the rule's kind as typed on the rules page, checked one by one. */
    private static Map<String, Object> params(String kind, Map<String, String> typed, List<FieldError> errors) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (AlertRules.Param p : AlertRules.PARAMS.getOrDefault(kind, List.of())) {
            String raw = typed == null ? null : typed.get(p.name());
            String field = "params." + p.name();
            if (raw == null || raw.isBlank()) {
                errors.add(new FieldError(field, p.label() + ": el valor es obligatorio."));
            } else if (p.numeric()) {
                try {
                    BigDecimal n = new BigDecimal(raw.strip().replace(',', '.'));
                    if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(p.max())) > 0) {
                        errors.add(new FieldError(field, p.label() + ": debe estar entre 0 y " + p.max() + "."));
                    } else {
                        params.put(p.name(), n.stripTrailingZeros().scale() <= 0 ? (Object) n.intValueExact() : n);
                    }
                } catch (NumberFormatException | ArithmeticException e) {
                    errors.add(new FieldError(field, p.label() + ": '" + raw + "' no es un número."));
                }
            } else if (!raw.strip().matches("[a-z][a-z0-9_]{0,39}")) {
                errors.add(new FieldError(field,
                        p.label() + ": escriba el código de una pregunta (minúsculas, sin espacios)."));
            } else {
                params.put(p.name(), raw.strip());
            }
        }
        return params;
    }

    /** Re-runs every rule over the households of the user's scope in the jurisdiction. */
    @Transactional
    public int rerun(String jurisdiction, CurrentUser user) {
        access.requireWriter(user);
        Jurisdiction j = access.jurisdiction(jurisdiction, user);
        AccessScope scope = access.scope(user);
        List<Long> ids = jdbc
                .sql("select id from household where jurisdiction_id = :j and territory_path like :p order by id")
                .param("j", j.id()).param("p", scope.likePattern()).query(Long.class).list();
        int opened = 0;
        for (long id : ids) {
            opened += engine.evaluateHousehold(id);
        }
        audit.record("RERUN", "AlertRule", null, j.id(), "Reglas de alerta ejecutadas sobre " + ids.size()
                + " hogares: " + opened + " alertas nuevas", null, null);
        return opened;
    }

}
