package org.minga.participation.internal.domain;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.minga.offer.ValueGroup;
import org.minga.platform.Aggregate;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service point (punto de atención, e.g. a SuperCADE) in the registry: named as the dialogues held there name it,
 * with its head and the evidence of their leadership, and the value groups it serves with their shares (never more
 * than 100 % in all). The satisfaction over time is read from the dialogues' service maps.
 *
 * <p>Mapped by Spring Data JDBC to {@code service_point} and {@code service_point_value_group}.
 */
@Table("service_point")
public class ServicePoint extends Aggregate<ServicePoint> {

    private long jurisdictionId;
    private String name;
    private long territoryId;
    private String territoryPath;
    private String head;
    private String leadership;
    @MappedCollection(idColumn = "service_point_id")
    private Set<ValueGroupShare> valueGroups = new LinkedHashSet<>();

    private ServicePoint() {
    }

    public static ServicePoint register(long jurisdictionId, String name, long territoryId, String territoryPath,
            String head, String leadership) {
        if (name == null || name.isBlank() || name.strip().length() > 160) {
            throw new ValidationException("name", "Indique el nombre del punto de atención (hasta 160 caracteres).");
        }
        ServicePoint p = new ServicePoint();
        p.jurisdictionId = jurisdictionId;
        p.name = name.strip();
        p.territoryId = territoryId;
        p.territoryPath = territoryPath;
        p.head = head == null || head.isBlank() ? null : head.strip();
        p.leadership = leadership == null || leadership.isBlank() ? null : leadership.strip();
        return p;
    }

    /** Sets the share of a value group; the shares of all groups add up to 100 % at most. */
    public void characterise(ValueGroup group, BigDecimal percent) {
        if (group == null) {
            throw new ValidationException("valueGroup", "Elija el grupo de valor.");
        }
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new ValidationException("sharePercent", "Indique el porcentaje (de 0 a 100, hasta dos decimales).");
        }
        valueGroups.removeIf(v -> v.valueGroup().equals(group.name()));
        BigDecimal others = valueGroups.stream().map(ValueGroupShare::sharePercent).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (others.add(percent).compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ValidationException("sharePercent", "Los grupos de valor del punto suman más de 100 %.");
        }
        valueGroups.add(new ValueGroupShare(group.name(), percent));
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public String name() {
        return name;
    }
}
