package org.minga.planning.internal.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A planning instrument (PLADECO, plan de desarrollo, plan de acción local...) of a territory over a period: its
 * tree of strategic lines, objectives and goals are {@link PlanNode}s, its measures {@link Indicator}s. A plan's
 * period ends on or after it starts.
 *
 * <p>Mapped by Spring Data JDBC to {@code plan}.
 */
@Table("plan")
public class Plan extends CatalogueEntry<Plan> {

    /** What a new plan needs, its shape already checked; the territory already visible to whoever draws it. */
    public record Draft(long jurisdictionId, String code, String name, PlanType type, long territoryId,
            String territoryPath, LocalDate startsOn, LocalDate endsOn, String description) {

        public Draft {
            if (endsOn.isBefore(startsOn)) {
                throw new ValidationException("endsOn", "La fecha de fin no puede ser anterior a la de inicio.");
            }
        }
    }

    private PlanType planType;
    private long territoryId;
    private String territoryPath;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String description;
    private Instant updatedAt;

    private Plan() {
    }

    public static Plan draw(Draft d, Instant now) {
        Plan p = new Plan();
        p.catalogue(d.jurisdictionId(), d.code(), d.name());
        p.planType = d.type();
        p.territoryId = d.territoryId();
        p.territoryPath = d.territoryPath();
        p.startsOn = d.startsOn();
        p.endsOn = d.endsOn();
        p.description = blank(d.description());
        p.updatedAt = now;
        return p;
    }
}
