package org.minga.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.planning.internal.ActionPlanReadModel.ActionPlanView;
import org.minga.planning.internal.domain.Agreement;
import org.minga.planning.internal.domain.AgreementDocument;
import org.minga.planning.internal.domain.AgreementKind;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs the {@link Agreement}s that fund an action plan's actions. */
@Service
@RequiredArgsConstructor
public class Agreements {

    public record NewAgreement(String code, String kind, List<String> parties, String object, BigDecimal value,
            LocalDate startsOn, LocalDate endsOn, List<Long> fundedActions, List<Long> fundedServices,
            String documentTitle,
            String documentUrl) {
    }

    private final AgreementRepository agreements;
    private final AgreementReadModel read;
    private final ActionPlanReadModel actionPlans;
    private final ActionPlanning planning;
    private final PlanService plans;
    private final Territories territories;
    private final Labels labels;
    private final AuditLog audit;

    @Transactional
    public long sign(CurrentUser user, long actionPlanId, NewAgreement cmd) {
        ActionPlanView ap = planning.actionPlan(user, actionPlanId);
        PlanReadModel.PlanView plan = plans.plan(user, ap.planId());
        territories.requireVisible(plan.territoryId(), user);
        List<Long> funded = cmd.fundedActions() == null ? List.of() : cmd.fundedActions();
        for (Long action : funded) {
            if (action == null || actionPlans.actionPlanOf(action).filter(a -> a == actionPlanId).isEmpty()) {
                throw new ValidationException("fundedActions", "Elija acciones de este plan de acción.");
            }
        }
        List<Long> services = cmd.fundedServices() == null ? List.of() : cmd.fundedServices();
        for (Long service : services) {
            if (service == null || read.service(ap.jurisdictionId(), service).isEmpty()) {
                throw new ValidationException("fundedServices", "El servicio " + service + " no existe en la oferta "
                        + "de la jurisdicción del plan.");
            }
        }
        boolean hasDocument = cmd.documentTitle() != null && !cmd.documentTitle().isBlank()
                || cmd.documentUrl() != null && !cmd.documentUrl().isBlank();
        Agreement.Draft draft = new Agreement.Draft(ap.jurisdictionId(), actionPlanId, plan.territoryPath(),
                cmd.code(), cmd.kind() == null ? null : labels.parse(AgreementKind.class, cmd.kind()).orElse(null),
                cmd.parties(), cmd.object(), cmd.value(), Currency.getInstance(ap.currency()), cmd.startsOn(),
                cmd.endsOn(), funded, services,
                hasDocument ? List.of(new AgreementDocument(cmd.documentTitle(), cmd.documentUrl())) : List.of());
        if (read.codeTaken(ap.jurisdictionId(), draft.code().strip())) {
            throw new ValidationException("code", "Ya existe un convenio con el código " + draft.code().strip() + ".");
        }
        long id = agreements.save(Agreement.sign(draft)).id().value();
        audit.record("agreement.create", "agreement", id, ap.jurisdictionId(), "Convenio " + draft.code(), null,
                cmd);
        return id;
    }
}
