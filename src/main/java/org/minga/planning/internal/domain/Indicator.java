package org.minga.planning.internal.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.IndicatorSource;
import org.minga.platform.CatalogueEntry;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An indicator: what is measured, in which unit, which {@link IndicatorDirection} is better, how often, from a
 * {@link Baseline}; its targets and measurements per period live beside it. A computed indicator takes its values
 * from an {@link IndicatorSource} (its unit and source are the source's) and refuses values entered by hand.
 *
 * <p>Mapped by Spring Data JDBC to {@code indicator}.
 */
@Table("indicator")
public class Indicator extends CatalogueEntry<Indicator> {

    /** What a new indicator needs, its shape already checked. */
    public record Draft(long jurisdictionId, String code, Long planNodeId, String name, String definition,
            String formula, String unit, IndicatorDirection direction, Periodicity periodicity, String source,
            Boolean byTerritory, Baseline baseline) {
    }

    private Long planNodeId;
    private String definition;
    private String formula;
    private String unit;
    private IndicatorDirection direction;
    private Periodicity periodicity;
    private String source;
    private String computedKey;
    private boolean byTerritory;
    private Double baselineValue;
    private LocalDate baselineOn;
    private boolean demo;
    private Instant updatedAt;

    private Indicator() {
    }

    /** A new indicator; with {@code computed} its unit, source and territorial breakdown are the source's. */
    public static Indicator define(Draft d, IndicatorSource computed, Instant now) {
        Indicator i = new Indicator();
        i.catalogue(d.jurisdictionId(), d.code(), d.name());
        i.planNodeId = d.planNodeId();
        i.definition = d.definition().strip();
        i.formula = blank(d.formula());
        i.unit = computed != null ? computed.unit() : d.unit().strip();
        i.direction = d.direction();
        i.periodicity = d.periodicity();
        i.source = computed != null ? "Minga: " + computed.label() : blank(d.source());
        i.computedKey = computed != null ? computed.key() : null;
        i.byTerritory = computed != null || Boolean.TRUE.equals(d.byTerritory());
        i.baselineValue = d.baseline().value();
        i.baselineOn = d.baseline().on();
        i.updatedAt = now;
        return i;
    }

    /** Refuses a value entered by hand for a computed indicator. */
    public void requireManualValues() {
        if (computedKey != null) {
            throw new ValidationException("value",
                    "Este indicador se calcula con los datos de Minga: no se registran valores a mano.");
        }
    }
}
