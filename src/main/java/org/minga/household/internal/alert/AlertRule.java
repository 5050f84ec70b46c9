package org.minga.household.internal.alert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.minga.household.internal.alert.AlertRecords.RuleView;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/**
 * An alert rule of a jurisdiction (regla de alerta): a kind of check ({@link AlertRules}) with its parameters, the
 * severity of the alerts it opens and the days they are due in. Its code and kind are fixed once defined; those who
 * configure the jurisdiction tune the rest. Stored by {@link AlertRuleRepository} (its parameters are jsonb).
 */
public class AlertRule {

    public static final List<String> SEVERITIES = List.of("BAJA", "MEDIA", "ALTA", "CRITICA");
    static final int DEFAULT_DUE_DAYS = 15;

    private final Long id;
    private final long jurisdictionId;
    private final String code;
    private final String kind;
    private String name;
    private Map<String, Object> params;
    private String severity;
    private int dueDays;
    private boolean active;
    private final int version;

    AlertRule(Long id, long jurisdictionId, String code, String name, String kind, Map<String, Object> params,
            String severity, int dueDays, boolean active, int version) {
        this.id = id;
        this.jurisdictionId = jurisdictionId;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.params = params;
        this.severity = severity;
        this.dueDays = dueDays;
        this.active = active;
        this.version = version;
    }

    /** A new active rule; refuses a malformed code, an unknown kind or severity, or due days outside 1-365. */
    static AlertRule define(long jurisdictionId, String code, String name, String kind, Map<String, Object> params,
            String severity, Integer dueDays) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add(new FieldError("code",
                    "El código de la regla es obligatorio (letras, dígitos, guion; máximo 40)."));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "El nombre de la regla es obligatorio."));
        }
        if (kind == null || !AlertRules.KINDS.contains(kind)) {
            errors.add(new FieldError("kind",
                    "El tipo de regla debe ser uno de " + String.join(", ", new TreeSet<>(AlertRules.KINDS)) + "."));
        }
        checkSeverity(severity, errors);
        if (dueDays != null) {
            checkDueDays(dueDays, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AlertRule(null, jurisdictionId, code.strip(), name.strip(), kind, params == null ? Map.of() : params,
                severity, dueDays == null ? DEFAULT_DUE_DAYS : dueDays, true, 0);
    }

    /**
     * Changes the rule's name, parameters (those of its kind, as typed on the rules page), severity, due days and
     * active flag; every problem is reported at once, naming its field.
     */
    void tune(String name, Map<String, String> typed, String severity, Integer dueDays, boolean active) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add(new FieldError("name", "El nombre de la regla es obligatorio (máximo 200 caracteres)."));
        }
        checkSeverity(severity, errors);
        checkDueDays(dueDays, errors);
        Map<String, Object> checked = params(kind, typed, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.name = name.strip();
        this.params = checked;
        this.severity = severity;
        this.dueDays = dueDays;
        this.active = active;
    }

    private static void checkSeverity(String severity, List<FieldError> errors) {
        if (severity == null || !SEVERITIES.contains(severity)) {
            errors.add(new FieldError("severity", "La severidad debe ser BAJA, MEDIA, ALTA o CRITICA."));
        }
    }

    private static void checkDueDays(Integer dueDays, List<FieldError> errors) {
        if (dueDays == null || dueDays < 1 || dueDays > 365) {
            errors.add(new FieldError("dueDays", "El plazo de atención debe estar entre 1 y 365 días."));
        }
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
                number(p, raw, field, errors, params);
            } else if (!raw.strip().matches("[a-z][a-z0-9_]{0,39}")) {
                errors.add(new FieldError(field,
                        p.label() + ": escriba el código de una pregunta (minúsculas, sin espacios)."));
            } else {
                params.put(p.name(), raw.strip());
            }
        }
        return params;
    }

    private static void number(AlertRules.Param p, String raw, String field, List<FieldError> errors,
            Map<String, Object> params) {
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
    }

    /** The rule as the engine runs it. */
    AlertRules.Rule toRule() {
        return new AlertRules.Rule(id, jurisdictionId, code, name, kind, params, severity, dueDays);
    }

    RuleView view() {
        return new RuleView(id, jurisdictionId, code, name, kind, params, severity, dueDays, active, version);
    }

    AlertRule stored(long newId) {
        return new AlertRule(newId, jurisdictionId, code, name, kind, params, severity, dueDays, active, version);
    }

    public Long id() {
        return id;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public Map<String, Object> params() {
        return params;
    }

    public String severity() {
        return severity;
    }

    public int dueDays() {
        return dueDays;
    }

    public boolean active() {
        return active;
    }

    public int version() {
        return version;
    }
}
