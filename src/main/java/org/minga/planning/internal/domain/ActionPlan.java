package org.minga.planning.internal.domain;

import java.util.Currency;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An operational, intersectoral or local action plan under a {@link Plan}: its {@link PlanAction}s hang from the
 * plan's goals. Its money is in the currency of the plan's jurisdiction, fixed when it is drawn.
 *
 * <p>Mapped by Spring Data JDBC to {@code action_plan}.
 */
@Table("action_plan")
public class ActionPlan extends CatalogueEntry<ActionPlan> {

    /** What a new action plan needs; the plan already visible to whoever draws it. */
    public record Draft(long jurisdictionId, long planId, String code, String name, ActionPlanKind kind,
            Currency currency, String description) {

        public Draft {
            if (code == null || code.isBlank()) {
                throw new ValidationException("code", "Indique el código del plan de acción.");
            }
            if (name == null || name.isBlank()) {
                throw new ValidationException("name", "Indique el nombre del plan de acción.");
            }
            if (kind == null) {
                throw new ValidationException("kind",
                        "Elija si el plan de acción es operativo, intersectorial o local.");
            }
        }
    }

    private long planId;
    private ActionPlanKind kind;
    private String currency;
    private String description;

    private ActionPlan() {
    }

    public static ActionPlan draw(Draft d) {
        ActionPlan a = new ActionPlan();
        a.catalogue(d.jurisdictionId(), d.code(), d.name());
        a.planId = d.planId();
        a.kind = d.kind();
        a.currency = d.currency().getCurrencyCode();
        a.description = blank(d.description());
        return a;
    }

    public long planId() {
        return planId;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }
}
