package org.minga.territory.internal.prioritization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.minga.territory.internal.variable.Decimals;
import org.minga.territory.internal.variable.VariableDirection;
import org.minga.territory.internal.variable.LevelView;
import org.minga.territory.internal.variable.SocialVariable;

/**
 * What a prioritisation crosses, checked: the level, the year and the weighted variables of a {@link RunRequest},
 * against the jurisdiction's levels and variable catalogue. Every problem is a field error in Spanish naming the
 * field; the criteria come out in the order chosen, each with its variable.
 */
record RunCriteria(LevelView level, int year, List<PrioritizationEngine.Criterion> criteria,
        List<SocialVariable> variables) {

    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1_000_000);

    /** The checked criteria, or a {@link ValidationException} with every problem found. */
    static RunCriteria of(RunRequest request, Jurisdiction j, List<LevelView> levels,
            Map<String, SocialVariable> available) {
        List<FieldError> errors = new ArrayList<>();
        LevelView level = level(request, j, levels, errors);
        if (request.year() == null) {
            errors.add(new FieldError("year", "Indique el año de los datos."));
        } else if (request.year() < 1900 || request.year() > 2100) {
            errors.add(new FieldError("year", "El año debe estar entre 1900 y 2100."));
        }
        if (request.name() != null && request.name().strip().length() > 200) {
            errors.add(new FieldError("name", "El nombre admite máximo 200 caracteres."));
        }
        List<PrioritizationEngine.Criterion> criteria = new ArrayList<>();
        List<SocialVariable> chosen = new ArrayList<>();
        List<RunRequest.VariableChoice> choices = request.variables() == null ? List.of() : request.variables();
        if (choices.isEmpty()) {
            errors.add(new FieldError("variables", "Elija al menos una variable."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            SocialVariable v = variable(choices.get(i), "variables[" + i + "]", j, available, seen, errors);
            PrioritizationEngine.Criterion c = v == null ? null
                    : criterion(choices.get(i), "variables[" + i + "]", v, errors);
            if (c != null) {
                criteria.add(c);
                chosen.add(v);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new RunCriteria(level, request.year(), criteria, chosen);
    }

    private static LevelView level(RunRequest request, Jurisdiction j, List<LevelView> levels,
            List<FieldError> errors) {
        if (request.level() == null || request.level().isBlank()) {
            errors.add(new FieldError("level", "Indique el nivel territorial que quiere priorizar."));
            return null;
        }
        LevelView level = levels.stream().filter(l -> l.code().equals(request.level().strip())).findFirst()
                .orElse(null);
        if (level == null) {
            errors.add(new FieldError("level", "El nivel '" + request.level() + "' no existe en " + j.name()
                    + (levels.isEmpty() ? "." : ". Niveles: "
                            + String.join(", ", levels.stream().map(LevelView::code).toList()) + ".")));
        }
        return level;
    }

    private static SocialVariable variable(RunRequest.VariableChoice c, String field, Jurisdiction j,
            Map<String, SocialVariable> available, Set<String> seen, List<FieldError> errors) {
        if (c == null || c.code() == null || c.code().isBlank()) {
            errors.add(new FieldError(field + ".code", "Indique el código de la variable."));
            return null;
        }
        SocialVariable v = available.get(c.code().strip());
        if (v == null) {
            errors.add(new FieldError(field + ".code", "La variable '" + c.code() + "' no está en el catálogo de "
                    + j.name() + "."));
            return null;
        }
        if (!seen.add(v.code())) {
            errors.add(new FieldError(field + ".code", "La variable «" + v.name() + "» está repetida."));
            return null;
        }
        return v;
    }

    /** The variable weighted and directed as chosen, or null when the weight or the direction is wrong. */
    private static PrioritizationEngine.Criterion criterion(RunRequest.VariableChoice c, String field,
            SocialVariable v, List<FieldError> errors) {
        boolean ok = true;
        if (c.weight() == null) {
            errors.add(new FieldError(field + ".weight", "Indique el peso de «" + v.name() + "»."));
            ok = false;
        } else if (c.weight().signum() <= 0 || c.weight().compareTo(MAX_WEIGHT) > 0) {
            errors.add(new FieldError(field + ".weight", "El peso de «" + v.name()
                    + "» debe ser un número mayor que 0 (y no mayor que 1.000.000)."));
            ok = false;
        }
        VariableDirection direction = v.direction();
        if (c.direction() != null && !c.direction().isBlank()) {
            Optional<VariableDirection> parsed = VariableDirection.parse(c.direction());
            if (parsed.isEmpty()) {
                errors.add(new FieldError(field + ".direction", "La dirección de «" + v.name()
                        + "» debe ser HIGHER_IS_WORSE (mayor es peor) o HIGHER_IS_BETTER (mayor es mejor)."));
                ok = false;
            } else {
                direction = parsed.get();
            }
        }
        return ok ? new PrioritizationEngine.Criterion(v.code(), v.name(), Decimals.plain(c.weight()), direction)
                : null;
    }
}
