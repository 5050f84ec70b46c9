package org.minga.governance.internal;

import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.List;

import org.minga.platform.Labels;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.governance.internal.BodyForms.BodyForm;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.BodyTypeReadModel.BodyTypeView;
import org.minga.governance.internal.Gov.ManagementLevel;
import org.minga.governance.internal.Gov.SessionPeriodicity;
import org.minga.governance.internal.domain.Body;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Turns a body form into a {@link Body.Draft}: its shape by Bean Validation, then its references (template,
 * vocabularies, territory, parent, the template's actor), every problem reported at once with the field it names.
 */
@Component
record BodyValidation(BodyReadModel read, BodyTypes types, ExerciseReadModel exercises, Territories territories,
        Actors actors, Validator validator, Labels labels) {

    /** A valid form: the body's draft, and the template (with the actor for its seats) when one was chosen. */
    record Valid(Body.Draft draft, BodyTemplate template, ActorSummary templateActor) {
    }

    Valid validate(BodyForm f, Jurisdiction j, BodyView existing) {
        List<FieldError> errors = Violations.of(validator, f);
        BodyTemplate template = template(f, errors);
        if (Gov.blank(f.code()) != null && f.code().strip().length() <= 40) {
            read.byCode(j.id(), f.code()).filter(o -> existing == null || o.id() != existing.id())
                    .ifPresent(o -> errors.add(
                            new FieldError("code", "Ya existe una instancia con el código " + f.code().strip() + ".")));
        }
        String name = Gov.blank(f.name()) == null && template != null ? template.label() : Gov.blank(f.name());
        if (name == null) {
            errors.add(new FieldError("name", "El nombre es obligatorio."));
        }
        BodyTypeView type = type(f, j, template, errors);
        ManagementLevel level = template != null && Gov.blank(f.level()) == null ? template.level()
                : labels.parse(ManagementLevel.class, f.level()).orElse(null);
        require(level, "level", "Indique el nivel de gestión: macro, meso o micro.", errors);
        SessionPeriodicity per = template != null && Gov.blank(f.periodicity()) == null ? template.periodicity()
                : labels.parse(SessionPeriodicity.class, f.periodicity()).orElse(null);
        require(per, "periodicity", "Indique la periodicidad de las sesiones.", errors);
        TerritoryView territory = territory(f, j, errors);
        BodyView tierOf = tierOf(f, j, existing, errors);
        BodyView parent = tierOf != null && Gov.blank(f.parentCode()) == null
                ? tierOf.parentId() == null ? null : read.byId(tierOf.parentId()).orElse(null)
                : parent(f, j, existing, errors);
        Body.Term term = term(f, j, existing, errors);
        if (parent != null && level != null && parent.level().ordinal() > level.ordinal()) {
            errors.add(new FieldError("parentCode",
                    "La instancia superior debe ser de un nivel de gestión igual o más alto ("
                            + labels.spanish(parent.level()) + " está por debajo de " + labels.spanish(level) + ")."));
        }
        ActorSummary templateActor = template == null ? null : templateActor(f, j, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Body.Parent up = parent == null ? null
                : new Body.Parent(parent.id(), parent.level(), parent.territoryPath(), parent.territoryName());
        Body.Tier tier = tierOf == null ? null
                : new Body.Tier(tierOf.id(), tierOf.name(), tierOf.level(), tierOf.territoryId(), tierOf.parentId(),
                        tierOf.tierOfId() != null);
        return new Valid(new Body.Draft(j.id(), f.code(), name,
                new Body.Kind(type.code(), type.name(), type.temporary()), level,
                new Body.Place(territory.id(), territory.path(), territory.name()), up, tier, term, per,
                f.quorumPercent() == null ? 51 : f.quorumPercent(), f.description()), template, templateActor);
    }

    /** The type from the jurisdiction's catalogue (the template's when none is named). */
    private BodyTypeView type(BodyForm f, Jurisdiction j, BodyTemplate template, List<FieldError> errors) {
        String typed = template != null && Gov.blank(f.type()) == null ? template.type() : Gov.blank(f.type());
        if (typed == null) {
            errors.add(new FieldError("type", "Indique el tipo de instancia (código o nombre del catálogo)."));
            return null;
        }
        BodyTypeView type = types.named(j, typed).orElse(null);
        if (type == null) {
            errors.add(new FieldError("type", "El tipo de instancia '" + typed.strip() + "' no está en el catálogo de "
                    + j.name() + "; agréguelo en Tipos de instancia o elija uno del catálogo."));
        }
        return type;
    }

    /** The main body this one is a tier of, when the form names one; a body with tiers is not a tier itself. */
    private BodyView tierOf(BodyForm f, Jurisdiction j, BodyView existing, List<FieldError> errors) {
        if (Gov.blank(f.tierOfCode()) == null) {
            return null;
        }
        BodyView main = read.named(j.id(), f.tierOfCode()).orError("tierOfCode", "la instancia principal", errors)
                .orElse(null);
        if (main != null && existing != null && (main.id() == existing.id() || !read.tiers(existing.id()).isEmpty())) {
            errors.add(new FieldError("tierOfCode",
                    existing.name() + " no puede ser un nivel: es la instancia principal o ya tiene niveles."));
            return null;
        }
        return main;
    }

    /** A temporary unit's term: its end date (not past, for a new unit), and its exercise or priority. */
    private Body.Term term(BodyForm f, Jurisdiction j, BodyView existing, List<FieldError> errors) {
        if (f.endsOn() == null) {
            return null;
        }
        if (existing == null && f.endsOn().isBefore(LocalDate.now(j.zoneId()))) {
            errors.add(new FieldError("endsOn", "La fecha de cierre (" + f.endsOn() + ") ya pasó."));
        }
        Long exercise = null;
        if (Gov.blank(f.exerciseCode()) != null) {
            exercise = exercises.byCode(j.id(), f.exerciseCode()).map(e -> e.id()).orElse(null);
            if (exercise == null) {
                errors.add(new FieldError("exerciseCode",
                        "No existe el ejercicio demostrativo " + f.exerciseCode().strip() + " en " + j.name() + "."));
            }
        }
        return new Body.Term(f.endsOn(), exercise, f.purpose());
    }

    /** The form's shape, by its Bean Validation annotations, in a list the caller may add to. */
    List<FieldError> shape(Object form) {
        return Violations.of(validator, form);
    }

    private static void require(Object value, String field, String message, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, message));
        }
    }

    private static BodyTemplate template(BodyForm f, List<FieldError> errors) {
        if (Gov.blank(f.template()) == null) {
            return null;
        }
        try {
            return BodyTemplate.valueOf(f.template().strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("template", "La plantilla '" + f.template() + "' no existe."));
            return null;
        }
    }

    private TerritoryView territory(BodyForm f, Jurisdiction j, List<FieldError> errors) {
        if (Gov.blank(f.territoryCode()) == null) {
            return null;
        }
        TerritoryView territory = territories.byCode(j.id(), f.territoryCode().strip()).orElse(null);
        if (territory == null) {
            errors.add(new FieldError("territoryCode",
                    "No existe el territorio " + f.territoryCode().strip() + " en " + j.name() + "."));
        }
        return territory;
    }

    private BodyView parent(BodyForm f, Jurisdiction j, BodyView existing, List<FieldError> errors) {
        if (Gov.blank(f.parentCode()) == null) {
            return null;
        }
        BodyView parent = read.named(j.id(), f.parentCode()).orError("parentCode", "la instancia superior", errors)
                .orElse(null);
        if (parent != null && existing != null
                && (parent.id() == existing.id() || read.ancestorIds(parent.id()).contains(existing.id()))) {
            errors.add(new FieldError("parentCode",
                    "La instancia superior no puede ser ella misma ni una de sus instancias inferiores."));
            return null;
        }
        return parent;
    }

    private ActorSummary templateActor(BodyForm f, Jurisdiction j, List<FieldError> errors) {
        if (Gov.blank(f.templateActorCode()) == null) {
            errors.add(new FieldError("templateActorCode",
                    "Indique el código del actor que ocupa los puestos de la plantilla (p. ej. SDS)."));
            return null;
        }
        return actors.named(j.id(), f.templateActorCode())
                .orError("templateActorCode", "el actor de los puestos", errors).orElse(null);
    }
}
