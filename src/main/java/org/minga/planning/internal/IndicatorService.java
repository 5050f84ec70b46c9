package org.minga.planning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import lombok.RequiredArgsConstructor;
import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.planning.internal.IndicatorReadModel.IndicatorView;
import org.minga.planning.internal.IndicatorReadModel.ValueView;
import org.minga.planning.internal.domain.Baseline;
import org.minga.planning.internal.domain.Indicator;
import org.minga.planning.internal.domain.Periodicity;
import org.minga.planning.internal.domain.Target;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicators: defines an {@link Indicator}, sets its targets and records its measurements. */
@Service
@RequiredArgsConstructor
public class IndicatorService {

    public record NewIndicator(@NotBlank(message = "Indique el código.") String code, Long planNodeId,
            @NotBlank(message = "Indique el nombre.") String name,
            @NotBlank(message = "Indique la definición.") String definition, String formula, String unit,
            @NotNull(message = "Indique si mayor o menor es mejor.") IndicatorDirection direction,
            @NotNull(message = PERIODICITY) @Pattern(regexp = "MENSUAL|TRIMESTRAL|SEMESTRAL|ANUAL", message = PERIODICITY) String periodicity,
            String source, String computedKey, Boolean byTerritory, Double baselineValue, LocalDate baselineOn) {

        static final String PERIODICITY = "Elija la periodicidad: mensual, trimestral, semestral o anual.";
    }

    private final IndicatorRepository indicators;
    private final IndicatorReadModel read;
    private final PlanReadModel plans;
    private final List<IndicatorSource> sources;
    private final Territories territories;
    private final AuditLog audit;
    private final Validator validator;

    public List<IndicatorSource> sources() {
        return sources.stream().sorted(Comparator.comparing(IndicatorSource::label)).toList();
    }

    public Optional<IndicatorSource> source(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public List<IndicatorView> indicators(CurrentUser user, Long planId) {
        return read.indicators(territories.scopeOf(user), planId);
    }

    public IndicatorView indicator(CurrentUser user, long id) {
        IndicatorView i = read.indicator(id)
                .orElseThrow(() -> new NotFoundException("El indicador " + id + " no existe."));
        if (!territories.scopeOf(user).includesJurisdiction(i.jurisdictionId())) {
            throw new NotFoundException("El indicador " + id + " no existe.");
        }
        return i;
    }

    @Transactional
    public IndicatorView createIndicator(CurrentUser user, long jurisdictionId, NewIndicator cmd) {
        List<FieldError> errors = Violations.of(validator, cmd);
        IndicatorSource src = null;
        if (cmd.computedKey() != null && !cmd.computedKey().isBlank()) {
            src = source(cmd.computedKey().strip()).orElse(null);
            if (src == null) {
                errors.add(new FieldError("computedKey", "La fuente calculada '" + cmd.computedKey() + "' no existe."));
            }
        } else if (cmd.unit() == null || cmd.unit().isBlank()) {
            errors.add(new FieldError("unit", "Indique la unidad."));
        }
        if (!Baseline.consistent(cmd.baselineValue(), cmd.baselineOn())) {
            errors.add(new FieldError("baselineOn", "La línea base necesita valor y fecha."));
        }
        if (cmd.planNodeId() != null
                && !plans.nodeJurisdiction(cmd.planNodeId()).map(j -> j == jurisdictionId).orElse(false)) {
            errors.add(new FieldError("planNodeId", "El elemento del plan no existe en esta jurisdicción."));
        }
        if (errors.isEmpty() && read.codeTaken(jurisdictionId, cmd.code().strip())) {
            errors.add(new FieldError("code", "Ya existe un indicador con el código " + cmd.code().strip() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_PLANS, jurisdictionId)) {
            throw new NotFoundException("La jurisdicción " + jurisdictionId + " no existe.");
        }
        Indicator i = indicators.save(Indicator.define(new Indicator.Draft(jurisdictionId, cmd.code(),
                cmd.planNodeId(), cmd.name(), cmd.definition(), cmd.formula(), cmd.unit(), cmd.direction(),
                Periodicity.valueOf(cmd.periodicity()), cmd.source(), cmd.byTerritory(),
                new Baseline(cmd.baselineValue(),
                        cmd.baselineOn())),
                src, Instant.now()));
        long id = i.id().value();
        audit.record("indicator.create", "indicator", id, jurisdictionId, "Indicador " + i.name(), null, cmd);
        return indicator(user, id);
    }

    public Map<String, Double> targets(long indicatorId) {
        return read.targets(indicatorId);
    }

    @Transactional
    public void setTarget(CurrentUser user, long indicatorId, String period, Double value) {
        IndicatorView i = indicator(user, indicatorId);
        requireWrite(user, i);
        Periods.Period p = Periods.parse("period", period);
        Target target = new Target(p.label(), value);
        Double before = targets(indicatorId).get(p.label());
        indicators.putTarget(indicatorId, target);
        audit.record("indicator.target", "indicator", indicatorId, i.jurisdictionId(),
                "Meta " + p.label() + ": " + value, before, value);
    }

    /**
     * Records a measurement for a period and territory. With {@code expectedVersion} (the version the person saw), a
     * change made meanwhile by someone else is refused rather than overwritten.
     */
    @Transactional
    public void recordValue(CurrentUser user, long indicatorId, String period, long territoryId, Double value,
            String note, Integer expectedVersion) {
        IndicatorView i = indicator(user, indicatorId);
        requireWrite(user, i);
        indicators.findById(indicatorId).orElseThrow().requireManualValues();
        Periods.Period p = Periods.parse("period", period);
        if (value == null) {
            throw new ValidationException("value", "Indique el valor medido.");
        }
        TerritoryView t = territories.requireVisible(territoryId, user);
        if (t.jurisdictionId() != i.jurisdictionId()) {
            throw new ValidationException("territoryId", "El territorio no es de la jurisdicción del indicador.");
        }
        Optional<ValueView> existing = values(user, indicatorId).stream()
                .filter(v -> v.period().equals(p.label()) && v.territoryId() == territoryId).findFirst();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (existing.isPresent()) {
            if (!indicators.updateValue(indicatorId, p, territoryId, value, text, expectedVersion)) {
                throw new ConflictException(
                        "Otra persona cambió este valor mientras usted lo editaba: recargue y vuelva a intentarlo.");
            }
        } else {
            indicators.insertValue(indicatorId, p, territoryId, t.path(), value, text);
        }
        audit.record("indicator.value", "indicator", indicatorId, i.jurisdictionId(),
                "Valor " + p.label() + " en " + t.name() + ": " + value, existing.map(ValueView::value).orElse(null),
                value);
    }

    /** The entered measurements the user may see (their territory's subtree), by period. */
    public List<ValueView> values(CurrentUser user, long indicatorId) {
        IndicatorView i = indicator(user, indicatorId);
        return read.values(i.id(), territories.scopeOf(user).likePattern());
    }

    void requireWrite(CurrentUser user, IndicatorView i) {
        if (!AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_PLANS, i.jurisdictionId())) {
            throw new ForbiddenException("Su rol no permite cambiar este indicador.");
        }
    }
}
