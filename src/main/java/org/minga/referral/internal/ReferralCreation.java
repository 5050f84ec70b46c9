package org.minga.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.Households;
import org.minga.platform.Labels;
import org.minga.offer.Need;
import org.minga.offer.PersonProfile;
import org.minga.offer.ServiceCard;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Labels;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.privacy.Consents;
import org.minga.referral.internal.ReferralViews.ReferralCommand;
import org.minga.referral.internal.ReferralViews.ReferralDetail;
import org.minga.referral.internal.ReferralViews.RouteStep;
import org.minga.referral.internal.domain.Deadline;
import org.minga.referral.internal.domain.Origin;
import org.minga.referral.internal.domain.Priority;
import org.minga.referral.internal.domain.Referral;
import org.minga.referral.internal.domain.ReferralEvents;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates referrals: checks the command against the person, the offer, the entity and the person's authorization,
 * then lets {@link Referral#create} make it, saves it and publishes {@link ReferralEvents.ReferralCreated}.
 */
@Service
@RequiredArgsConstructor
class ReferralCreation {

    /** The person or household referred, found and checked, and where they live. */
    private record Who(Households.PersonRef person, Households.HouseholdRef household) {
        long jurisdictionId() {
            return person != null ? person.jurisdictionId() : household != null ? household.jurisdictionId() : -1;
        }

        long territoryId() {
            return person != null ? person.territoryId() : household.territoryId();
        }
    }

    /** The parts of a command once parsed and looked up (null where the command was wrong). */
    private record Parsed(Who who, Need need, Origin origin, Priority priority, ServiceCard service, ActorSummary actor,
            Integer days, Referral.Eligibility eligibility) {
    }

    private final ReferralRepository referrals;
    private final ReferralReadModel read;
    private final ReferralAccess access;
    private final ServiceCatalog catalog;
    private final Households households;
    private final Consents consents;
    private final Actors actors;
    private final PersonProfiles profiles;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final Validator validator;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Labels labels;

    @Transactional
    ReferralDetail create(ReferralCommand c, CurrentUser user) {
        return create(c, user, null, false);
    }

    /**
     * {@code step}: the care route's step the referral belongs to (null when none). {@code personVouched}: the
     * caller checked the user may attend the person (a fair's stand), so no scope check is made on the person.
     */
    @Transactional
    ReferralDetail create(ReferralCommand c, CurrentUser user, RouteStep step, boolean personVouched) {
        access.requireSender(user, personVouched);
        List<FieldError> errors = Violations.of(validator, c);
        Parsed p = parse(c, user, step, personVouched, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Jurisdiction j = jurisdictions.byId(p.who().jurisdictionId()).orElseThrow();
        TerritoryView t = territories.byId(p.who().territoryId()).orElseThrow();
        LocalDate createdOn = read.today(j.id());
        Who who = p.who();
        Referral.Subject subject = new Referral.Subject(c.personId(),
                who.household() != null ? Long.valueOf(who.household().id()) : who.person().householdId(),
                who.person() != null ? who.person().displayName() : "Hogar " + who.household().code(), t.id(),
                t.path());
        Referral referral = Referral.create(new Referral.Draft(j.id(),
                "CAN-" + j.code() + "-" + referrals.nextCodeNumber(),
                subject, p.need(), c.needDescription(), p.origin(), c.originReference(),
                new Referral.Addressee(p.service() == null ? null : p.service().id(),
                        p.service() == null ? null : p.service().name(), p.actor().id(), p.actor().name()),
                p.priority(), p.eligibility(), c.shareEvidence(), Deadline.of(j.country(), createdOn, p.days()),
                step == null ? null : step.applicationId(), step == null ? null : step.position(), user.username(),
                user.id() > 0 ? user.id() : null), Instant.now());
        Referral saved = referrals.save(referral);
        referrals.append(saved.id().value(), new Referral.Transition(null, saved.status(), null), user);
        ReferralDetail view = read.detail(saved.id().value()).orElseThrow();
        audit.record("CREATE", "referral", saved.id().value(), j.id(), "Canalización " + saved.code() + " a "
                + saved.actorName(), null, view);
        events.publishEvent(new ReferralEvents.ReferralCreated(saved.facts()));
        return view;
    }

    private Parsed parse(ReferralCommand c, CurrentUser user, RouteStep step, boolean vouched,
            List<FieldError> errors) {
        Who who = who(c, user, vouched, errors);
        long jurisdictionId = who.jurisdictionId();
        Need need = Labels.read(Need.class, c.needCategory()).orElse(null);
        if (need == null) {
            errors.add(new FieldError("needCategory",
                    "La categoría de la necesidad debe ser una de: " + Labels.allowedWords(Need.class) + "."));
        }
        Origin origin = labels.parse(Origin.class, c.origin()).orElse(null);
        if (origin == null) {
            errors.add(new FieldError("origin",
                    "Indique dónde se detectó la necesidad: visita de campo, atención, jornada de "
                            + "servicios, alerta, instancia u otro."));
        }
        Priority priority = c.priority() == null || c.priority().isBlank() ? Priority.MEDIUM
                : labels.parse(Priority.class, c.priority()).orElse(null);
        if (priority == null) {
            errors.add(new FieldError("priority", "La prioridad debe ser baja, media, alta o urgente."));
        }
        ServiceCard service = null;
        if (c.serviceId() != null && jurisdictionId > 0) {
            service = catalog.service(jurisdictionId, c.serviceId()).orElse(null);
            if (service == null) {
                errors.add(new FieldError("serviceId",
                        "El servicio " + c.serviceId() + " no existe o no está activo en la jurisdicción."));
            }
        }
        ActorSummary actor = actor(c, jurisdictionId, service, errors);
        Integer days = step != null ? Integer.valueOf(step.maxDays()) : c.businessDays() != null ? c.businessDays()
                : service != null ? catalog.serviceDays(service.id()).orElse(Deadline.DEFAULT_DAYS)
                        : Deadline.DEFAULT_DAYS;
        if (!Deadline.validDays(days)) {
            errors.add(new FieldError("businessDays", "El plazo debe estar entre 1 y 120 días hábiles."));
        }
        authorization(c, who, need, errors);
        return new Parsed(who, need, origin, priority, service, actor, days, eligibility(c, who, service, errors));
    }

    private Who who(ReferralCommand c, CurrentUser user, boolean vouched, List<FieldError> errors) {
        if (c.personId() != null) {
            return new Who(vouched ? households.usablePerson(c.personId()).orElseThrow(() -> new ValidationException(
                    "personId", "La persona " + c.personId() + " no existe o sus datos no se pueden usar."))
                    : households.requireUsablePerson(c.personId(), user), null);
        }
        if (c.householdId() != null) {
            return new Who(null, households.requireVisibleHousehold(c.householdId(), user));
        }
        errors.add(new FieldError("personId", "Indique la persona (o el hogar) que se canaliza."));
        return new Who(null, null);
    }

    private ActorSummary actor(ReferralCommand c, long jurisdictionId, ServiceCard service, List<FieldError> errors) {
        ActorSummary actor = null;
        if (c.actorId() != null) {
            actor = actors.byId(c.actorId()).orElse(null);
            if (actor == null || jurisdictionId > 0 && actor.jurisdictionId() != jurisdictionId) {
                errors.add(new FieldError("actorId",
                        "La entidad " + c.actorId() + " no existe en la jurisdicción de la persona."));
                actor = null;
            } else if (!actor.active()) {
                errors.add(new FieldError("actorId", "La entidad " + actor.name() + " está inactiva."));
            }
        } else if (service != null) {
            actor = catalog.providerOf(jurisdictionId, service).orElse(null);
        }
        if (actor == null && c.actorId() == null) {
            errors.add(new FieldError("actorId", "Indique la entidad que debe responder."));
        }
        return actor;
    }

    /**
     * Ley 1581: data go to another entity only with the person's authorization to share them with it; a sensitive
     * need (health, psychosocial support, care) is shared only under an authorization that covers sensitive data.
     */
    private void authorization(ReferralCommand c, Who who, Need need, List<FieldError> errors) {
        if (who.person() != null && !consents.hasActive(who.person().id())) {
            errors.add(new FieldError("shareAuthorized",
                    "La persona no tiene una autorización de tratamiento de datos vigente."));
        } else if (who.person() != null && need != null && need.sensitive()
                && !consents.coversSensitive(who.person().id())) {
            errors.add(new FieldError("needCategory", "La necesidad «" + labels.spanish(need)
                    + "» es un dato sensible: la "
                    + "autorización de la persona no cubre datos sensibles (Ley 1581 de 2012, art. 6). Registre una "
                    + "autorización que los cubra antes de canalizarla."));
        }
        if (!Boolean.TRUE.equals(c.shareAuthorized())) {
            errors.add(new FieldError("shareAuthorized",
                    "Se requiere la autorización de la persona para compartir sus datos con la entidad que recibe."));
        }
    }

    private Referral.Eligibility eligibility(ReferralCommand c, Who who, ServiceCard service, List<FieldError> errors) {
        if (service == null || who.person() == null) {
            return new Referral.Eligibility(null, null, c.ineligibleJustification());
        }
        Optional<PersonProfile> profile = profiles.of(who.person().id(), read.today(who.jurisdictionId()));
        if (profile.isEmpty()) {
            return new Referral.Eligibility(null, null, c.ineligibleJustification());
        }
        Optional<String> why = catalog.ineligibility(who.jurisdictionId(), profile.get(), service.id());
        if (why.isPresent() && (c.ineligibleJustification() == null || c.ineligibleJustification().isBlank())) {
            errors.add(new FieldError("ineligibleJustification", "La persona no cumple los criterios del servicio ("
                    + why.get() + "): escriba por qué se canaliza de todos modos."));
            return null;
        }
        return new Referral.Eligibility(why.isEmpty(), why.orElse(null), c.ineligibleJustification());
    }
}
