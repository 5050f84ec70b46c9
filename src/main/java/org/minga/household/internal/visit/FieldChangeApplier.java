package org.minga.household.internal.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.minga.household.FieldReferrals;
import org.minga.household.internal.alert.AlertRecords.AlertUpdate;
import org.minga.household.internal.alert.AlertService;
import org.minga.household.internal.care.CarePlanReadModel;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanService;
import org.minga.household.internal.characterization.CharacterizationRecords.CharacterizationCommand;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentView;
import org.minga.household.internal.characterization.CharacterizationService;
import org.minga.household.internal.characterization.InstrumentService;
import org.minga.household.internal.household.HouseholdRepository;
import org.minga.household.internal.person.PersonCommand;
import org.minga.household.internal.person.PersonService;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.shared.ScopeQueries.Located;
import org.minga.household.internal.visit.FieldChanges.ActionPayload;
import org.minga.household.internal.visit.FieldChanges.AlertPayload;
import org.minga.household.internal.visit.FieldChanges.Change;
import org.minga.household.internal.visit.FieldChanges.CharacterizationPayload;
import org.minga.household.internal.visit.FieldChanges.EvidencePayload;
import org.minga.household.internal.visit.FieldChanges.ReferralPayload;
import org.minga.household.internal.visit.FieldChanges.VisitPayload;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationView;
import org.minga.privacy.Consents;
import org.springframework.stereotype.Component;

/**
 * Applies one offline change with the services the pages use (same checks, same audit, same alert rules), inside
 * the savepoint that claimed its id. Answers what it created; throws {@link FieldConflict} when the change meets one
 * made meanwhile, and the services' own refusals otherwise.
 */
@Component
record FieldChangeApplier(FieldChangeRepository changes, FieldDayReadModel reads, HouseholdVisitRepository visits,
        HouseholdRepository households, CharacterizationService characterizations, InstrumentService instruments,
        PersonService persons, CarePlanService plans, CarePlanReadModel planReads, AlertService alerts,
        FieldReferrals referrals, Consents consents, ScopeQueries access, AuditLog audit) {

    Map<String, Object> apply(Change c, CurrentUser user) {
        if (c.householdId() == null) {
            throw new ValidationException("householdId", "El cambio no indica el hogar.");
        }
        Located h = access.household(c.householdId(), user);
        access.requireWriter(user);
        // what the alert rules read changes with answers and members only
        boolean facts = c.kind() == FieldChanges.Kind.CHARACTERIZATION || c.kind() == FieldChanges.Kind.PERSON;
        List<Long> alertsBefore = facts ? reads.openAlerts(h.id()) : List.of();
        Map<String, Object> created = new LinkedHashMap<>();
        switch (c.kind()) {
            case VISIT -> created.put("visitId", visit(h, require(c.visit(), "visit"), user));
            case CHARACTERIZATION -> created.put("characterizationId",
                    characterize(h, require(c.characterization(), "characterization"), user));
            case PERSON -> created.putAll(person(h, require(c.person(), "person"), c.evidence(), user));
            case ACTION_STATUS -> created.put("actionVersion", action(h, require(c.action(), "action"), user));
            case ALERT -> created.put("alertVersion", alert(h, require(c.alert(), "alert"), user));
            case REFERRAL -> created.putAll(referral(c, h, require(c.referral(), "referral"), user));
        }
        if (facts) {
            List<Long> opened = new ArrayList<>(reads.openAlerts(h.id()));
            opened.removeAll(alertsBefore);
            created.put("alerts", reads.alertsNamed(opened));
        }
        return created;
    }

    private static <T> T require(T payload, String field) {
        if (payload == null) {
            throw new ValidationException(field, "El cambio no trae los datos de su tipo («" + field + "»).");
        }
        return payload;
    }

    private long visit(Located h, VisitPayload v, CurrentUser user) {
        if (v.nextVisitOn() != null) {
            var now = reads.nextVisitOn(h.id());
            if (!Objects.equals(now, v.seenNextVisitOn()) && !Objects.equals(now, v.nextVisitOn())) {
                Map<String, Object> server = new LinkedHashMap<>();
                server.put("nextVisitOn", now == null ? null : now.toString());
                throw new FieldConflict("Mientras estaba sin conexión alguien cambió la próxima visita del hogar"
                        + (now == null ? " (la quitó)" : " al " + now) + ": elija cuál fecha queda.", server);
            }
        }
        HouseholdVisit visit = visits.save(HouseholdVisit.record(
                new HouseholdVisit.Visited(h.jurisdictionId(), h.id(), h.path()), v.visitedAt(), v.outcome(),
                v.notes(), user.username(), Instant.now()));
        if (v.nextVisitOn() != null) {
            if (v.visitedAt() != null && !v.nextVisitOn().isAfter(v.visitedAt().atZone(
                    access.jurisdiction(h.jurisdictionId()).zoneId()).toLocalDate())) {
                throw new ValidationException("visit.nextVisitOn", "La próxima visita debe ser posterior a esta.");
            }
            households.scheduleVisit(h.id(), v.nextVisitOn());
        }
        long id = visit.id().value();
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("outcome", visit.outcome().name());
        what.put("visitedAt", String.valueOf(visit.visitedAt()));
        what.put("nextVisitOn", v.nextVisitOn() == null ? null : v.nextVisitOn().toString());
        audit.record("VISIT", "HouseholdVisit", id, h.jurisdictionId(), "Visita al hogar " + h.id(), null, what);
        return id;
    }

    private long characterize(Located h, CharacterizationPayload p, CurrentUser user) {
        if (p.instrumentId() == null) {
            throw new ValidationException("instrumentId", "Indique el instrumento de caracterización.");
        }
        InstrumentView current = instruments.instrument(p.instrumentId(), null);
        if (p.instrumentVersion() != null && p.instrumentVersion() != current.currentVersion()) {
            Map<String, Object> server = new LinkedHashMap<>();
            server.put("instrumentVersion", current.currentVersion());
            throw new FieldConflict("El instrumento «" + current.name() + "» se publicó en la versión "
                    + current.currentVersion() + " después de preparar el día (usted respondió la versión "
                    + p.instrumentVersion() + "): revise las respuestas con la versión nueva.", server);
        }
        Long personId = personOf(h, p.personId(), p.personChange(), user);
        return characterizations.characterize(new CharacterizationCommand(p.instrumentId(), h.id(), personId,
                p.answeredOn(), p.answers()), user).id();
    }

    /**
     * The person a change is about: a stored one, or one registered offline by an earlier change; one merged meanwhile
     * into another is a conflict (the worker chooses whether the change goes to the person kept).
     */
    private Long personOf(Located h, Long stored, UUID offline, CurrentUser user) {
        Long personId = stored;
        if (offline != null) {
            personId = changes.answerOf(offline, user.username())
                    .map(a -> a.created().get("personId")).map(n -> ((Number) n).longValue())
                    .orElseThrow(() -> new ValidationException("personChange",
                            "La persona registrada sin conexión para este cambio no se guardó."));
        }
        if (personId == null) {
            return null;
        }
        FieldDayReadModel.PersonNow now = reads.person(personId)
                .orElseThrow(() -> new ValidationException("personId", "La persona no existe."));
        if (now.mergedInto() != null) {
            Map<String, Object> server = new LinkedHashMap<>();
            server.put("mergedPersonId", personId);
            server.put("keptPersonId", now.mergedInto());
            server.put("keptName", now.keptName());
            throw new FieldConflict("Mientras estaba sin conexión la persona se fusionó con " + now.keptName()
                    + " (registro duplicado): confirme si el cambio corresponde a la persona que quedó.", server);
        }
        if (now.householdId() != h.id()) {
            throw new ValidationException("personId", "La persona no es de este hogar.");
        }
        return personId;
    }

    private Map<String, Object> person(Located h, PersonCommand p, EvidencePayload evidence, CurrentUser user) {
        PersonCommand member = new PersonCommand(h.id(), p.relation(), null, p.documentType(), p.documentNumber(),
                p.firstName(), p.middleName(), p.lastName(), p.secondLastName(), p.birthDate(), p.sex(),
                p.genderIdentity(), p.ethnicity(), p.disability(), p.disabilityCertified(), p.populationGroups(),
                p.phone(), p.email(), p.authorization(), null);
        long id = persons.create(member, user).id();
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("personId", id);
        if (evidence != null) {
            byte[] image;
            try {
                image = Base64.getDecoder().decode(evidence.data() == null ? "" : evidence.data());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("evidence", "La imagen de la evidencia llegó dañada (base64).");
            }
            AuthorizationView granted = consents.ofPerson(id).stream().filter(AuthorizationView::active)
                    .max(Comparator.comparingLong(AuthorizationView::id)).orElseThrow(
                            () -> new ValidationException("person.authorization", "Falta la autorización."));
            created.put("authorizationId", granted.id());
            created.put("evidenceSha256", consents.attachEvidence(granted.id(), evidence.mediaType(), image));
        }
        return created;
    }

    /**
     * An alert taken in hand or closed offline; one closed meanwhile by someone else (or changed since the version
     * the device had) is a conflict with the alert as it is now.
     */
    private int alert(Located h, AlertPayload a, CurrentUser user) {
        if (a.alertId() == null || a.version() == null) {
            throw new ValidationException("alert", "Indique la alerta y la versión que tenía.");
        }
        Map<String, Object> now = reads.alert(a.alertId());
        if (now.isEmpty() || ((Number) now.get("householdId")).longValue() != h.id()) {
            throw new ValidationException("alert.alertId", "La alerta " + a.alertId() + " no es de este hogar.");
        }
        if ("CERRADA".equals(now.get("status")) && !"CERRADA".equals(a.seenStatus())) {
            throw new FieldConflict("Mientras estaba sin conexión alguien cerró la alerta «" + now.get("rule")
                    + "»" + (now.get("note") == null ? "" : " («" + now.get("note") + "»")
                    + ": su cambio no se aplicó. Puede conservarlo aquí hasta decidir o quedarse con el cierre.", now);
        }
        try {
            return alerts.update(a.alertId(), new AlertUpdate(a.status(), a.note(), null, a.version()), user)
                    .version();
        } catch (ConflictException e) {
            throw new FieldConflict(e.getMessage(), reads.alert(a.alertId()));
        }
    }

    /** A referral drafted offline becomes a real one through the referral module, once (the change's savepoint). */
    private Map<String, Object> referral(Change c, Located h, ReferralPayload r, CurrentUser user) {
        Long personId = personOf(h, r.personId(), r.personChange(), user);
        if (personId == null) {
            throw new ValidationException("referral.personId", "Indique la persona que se canaliza.");
        }
        if (r.serviceId() == null) {
            throw new ValidationException("referral.serviceId", "Elija el servicio de la oferta.");
        }
        FieldReferrals.Created made = referrals.create(new FieldReferrals.Draft(personId, r.needCategory(),
                r.needDescription(), r.serviceId(), r.shareEvidence(), "Visita sin conexión " + c.id()), user);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("referralId", made.id());
        created.put("referralCode", made.code());
        return created;
    }

    private int action(Located h, ActionPayload a, CurrentUser user) {
        if (a.planId() == null || a.actionId() == null || a.version() == null) {
            throw new ValidationException("action", "Indique el plan, la acción y la versión que tenía.");
        }
        CarePlanView plan = planReads.plan(a.planId(), user);
        if (plan.householdId() == null || plan.householdId() != h.id()) {
            throw new ValidationException("action.planId", "El plan " + a.planId() + " no es de este hogar.");
        }
        if (!"ACTIVO".equals(plan.status())) {
            Map<String, Object> server = new LinkedHashMap<>(reads.action(a.actionId()));
            server.put("planStatus", plan.status());
            server.put("planClosedOn", plan.closedOn() == null ? null : plan.closedOn().toString());
            throw new FieldConflict("Mientras estaba sin conexión se cerró el plan de cuidado"
                    + (plan.closedOn() == null ? "" : " (" + plan.closedOn() + ")") + ": su cambio no se aplicó.",
                    server);
        }
        try {
            CarePlanView after = plans.setActionStatus(a.planId(), a.actionId(), a.status(), a.version(), user);
            return after.actions().stream().filter(x -> x.id() == a.actionId()).findFirst().orElseThrow().version();
        } catch (ConflictException e) {
            throw new FieldConflict(e.getMessage(), reads.action(a.actionId()));
        }
    }
}
