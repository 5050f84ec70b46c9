package org.minga.fair.internal;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;

import org.minga.fair.internal.FairRecords.FairForm;
import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.domain.FairPlace;
import org.minga.fair.internal.domain.FairStatus;
import org.minga.fair.internal.domain.ServiceFair;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link FairForm} into a fair's {@link ServiceFair.Plan} and status: its shape by Bean Validation, then the
 * code (unique in the jurisdiction), the barrio (in the jurisdiction and in the user's scope), the hours and the
 * status, reporting every problem with its field at once.
 */
@Component
record FairPlanValidation(Validator validator, FairReadModel read, Territories territories, Labels labels) {

    private static final String STATUSES = "El estado debe ser planeada, confirmada, realizada o cancelada.";

    record Checked(ServiceFair.Plan plan, FairStatus status) {
    }

    /** Checks a fair's form; {@code selfId} is the fair being revised (null for a new one). */
    Checked check(FairForm c, Jurisdiction j, Long selfId, CurrentUser u, boolean blankStatusIsPlanned) {
        List<FieldError> errors = Violations.of(validator, c);
        if (c.code() == null || !c.code().strip().matches("[A-Za-z0-9._-]{2,60}")) {
            errors.add(new FieldError("code",
                    "El código es obligatorio: 2 a 60 letras, números, punto, guion o guion bajo."));
        } else {
            Optional<FairView> same = read.byCode(j.id(), c.code().strip());
            if (same.isPresent() && (selfId == null || same.get().id() != selfId)) {
                errors.add(new FieldError("code",
                        "Ya existe una jornada con el código " + c.code().strip() + " en " + j.name() + "."));
            }
        }
        if (c.endsAt() != null && c.startsAt() != null && !c.endsAt().isAfter(c.startsAt())) {
            errors.add(new FieldError("endsAt", "La hora de cierre debe ser posterior a la de inicio."));
        }
        TerritoryView t = c.territoryId() == null ? null : territory(c.territoryId(), j, u, errors);
        FairStatus status = blankStatusIsPlanned && (c.status() == null || c.status().isBlank()) ? FairStatus.PLANEADA
                : labels.parse(FairStatus.class, c.status()).orElse(null);
        if (status == null) {
            errors.add(new FieldError("status", STATUSES));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(new ServiceFair.Plan(c.code(), c.name(), c.program(),
                new FairPlace(t.id(), t.path(), t.name()), c.date(), c.startsAt(), c.endsAt(), c.site(), c.focus()),
                status);
    }

    private TerritoryView territory(long id, Jurisdiction j, CurrentUser u, List<FieldError> errors) {
        TerritoryView t = territories.byId(id).orElse(null);
        if (t == null || t.jurisdictionId() != j.id()) {
            errors.add(new FieldError("territoryId", "El territorio " + id + " no existe en " + j.name() + "."));
            return null;
        }
        if (!territories.scopeOf(u).includes(t.jurisdictionId(), t.path())) {
            errors.add(new FieldError("territoryId",
                    "El territorio " + t.name() + " está fuera de su alcance territorial."));
            return null;
        }
        return t;
    }
}
