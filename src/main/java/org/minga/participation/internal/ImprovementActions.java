package org.minga.participation.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.minga.participation.internal.ImprovementActionEvents.ImprovementActionDone;
import org.minga.participation.internal.ImprovementActionEvents.ImprovementActionPlanned;
import org.minga.participation.internal.ImprovementActionReadModel.ActionView;
import org.minga.participation.internal.domain.ImprovementAction;
import org.minga.participation.internal.domain.ImprovementActionStatus;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Labels;
import org.minga.platform.Violations;
import org.minga.territory.TerritoryView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/** Plans improvement actions and tracks them to done; reading is {@link ImprovementActionReadModel}'s. */
@Service
@RequiredArgsConstructor
class ImprovementActions {

    record ActionCommand(@NotBlank(message = TITLE) @Size(max = 300, message = TITLE) String title,
            @Size(max = 2000, message = "La descripción admite 2.000 caracteres.") String description,
            @NotBlank(message = OWNER) @Size(max = 200, message = OWNER) String owner,
            @NotNull(message = "Indique la fecha límite de la acción.") LocalDate dueOn, Long territoryId,
            String territoryCode, String status,
            @Size(max = 2000, message = "El resultado admite 2.000 caracteres.") String result, Integer version) {

        static final String TITLE = "Describa la acción de mejora (hasta 300 caracteres).";
        static final String OWNER = "Indique el responsable de la acción (hasta 200 caracteres).";

        /** The same action, in the given territory. */
        ActionCommand in(long territory) {
            return new ActionCommand(title, description, owner, dueOn, territory, null, status, result, null);
        }
    }

    private static final String STATUS = "El estado debe ser PLANNED (planeada), IN_PROGRESS (en curso), DONE (hecha)"
            + " o DISCARDED (descartada).";

    private final ImprovementActionRepository repository;
    private final ImprovementActionReadModel read;
    private final Scopes scopes;
    private final AuditLog audit;
    private final Labels labels;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    ActionView getAction(long id, CurrentUser user) {
        return read.get(id, user);
    }

    @Transactional
    ActionView createAction(ActionCommand c, String jurisdictionCode, CurrentUser user) {
        scopes.requireWriter(user);
        List<FieldError> errors = Violations.of(validator, c);
        TerritoryView t = scopes.territory(c.territoryId(), c.territoryCode(), jurisdictionCode, user, "territoryId",
                errors);
        ImprovementActionStatus st = c.status() == null ? ImprovementActionStatus.PLANNED
                : Codes.parse(labels, ImprovementActionStatus.class, c.status(), errors, "status", STATUS);
        Codes.throwIfAny(errors);
        LocalDate today = LocalDate.now(scopes.jurisdiction(t.jurisdictionId()).zoneId());
        ImprovementAction a = repository.save(ImprovementAction.plan(t.jurisdictionId(), t.id(), t.path(),
                plan(c, st), today, user.username()));
        ActionView v = read.action(a.id().value());
        audit.record("CREATE", "ImprovementAction", v.id(), v.jurisdictionId(), "Acción de mejora " + v.title(), null,
                v);
        events.publishEvent(new ImprovementActionPlanned(v.id(), v.jurisdictionId(), t.path(), v.title(), v.owner(),
                v.dueOn()));
        return v;
    }

    private static ImprovementAction.Plan plan(ActionCommand c, ImprovementActionStatus st) {
        return new ImprovementAction.Plan(c.title().strip(), blankToNull(c.description()), c.owner().strip(),
                c.dueOn(), st, blankToNull(c.result()));
    }

    @Transactional
    ActionView updateAction(long id, ActionCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        ActionView before = read.get(id, user);
        ActionCommand merged = new ActionCommand(c.title() == null ? before.title() : c.title(),
                c.description() == null ? before.description() : c.description(),
                c.owner() == null ? before.owner() : c.owner(), c.dueOn() == null ? before.dueOn() : c.dueOn(), null,
                null, c.status() == null ? before.status() : c.status(),
                c.result() == null ? before.result() : c.result(), c.version());
        List<FieldError> errors = Violations.of(validator, merged);
        ImprovementActionStatus st = Codes.parse(labels, ImprovementActionStatus.class, merged.status(), errors,
                "status", STATUS);
        if (c.version() == null) {
            errors.add(new FieldError("version", "Envíe la versión que leyó."));
        }
        Codes.throwIfAny(errors);
        ImprovementAction a = repository.findById(id).orElseThrow();
        boolean justDone = a.revise(plan(merged, st), c.version(),
                LocalDate.now(scopes.jurisdiction(before.jurisdictionId()).zoneId()));
        repository.save(a);
        ActionView after = read.action(id);
        audit.record("UPDATE", "ImprovementAction", id, after.jurisdictionId(),
                "Acción de mejora " + after.title() + ": " + after.status(), before, after);
        if (justDone) {
            events.publishEvent(new ImprovementActionDone(id, a.jurisdictionId(), a.territoryPath(), a.title()));
        }
        return after;
    }
}
