package org.minga.fair.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.FairRecords.RegistrationCommand;
import org.minga.fair.internal.FairRecords.RegistrationView;
import org.minga.fair.internal.domain.FairAttendance;
import org.minga.fair.internal.domain.ServiceFair;
import org.minga.fair.internal.domain.Stand;
import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationCommand;
import org.minga.privacy.PersonalDataAccess;
import org.minga.referral.Referrals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the people attended at a fair's stands: finds the person by document (a lookup on the access log),
 * lets the {@link ServiceFair} check the attendance, registers a new person with their authorization, stores the
 * registration once by the device's UUID and refers a need detected at the stand.
 */
@Service
@RequiredArgsConstructor
class FairRegistrations {

    private final FairRepository fairs;
    private final FairReadModel read;
    private final FairAccess access;
    private final Jurisdictions jurisdictions;
    private final Households households;
    private final PersonalDataAccess accessLog;
    private final FairReferrals fairReferrals;
    private final AuditLog audit;

    Optional<Households.PersonRef> findPerson(long fairId, String documentType, String number, CurrentUser u) {
        FairView f = access.requireVisible(fairId, u);
        if (access.registrableEntities(f, u).isEmpty()) {
            throw new ForbiddenException("Usted no registra atenciones en la jornada " + f.name() + ".");
        }
        DocumentType t = DocumentType.parse(documentType);
        if (t == null || number == null || number.isBlank()) {
            throw new ValidationException("documentNumber", "Indique el tipo y el número de documento.");
        }
        if (!FairAccess.territorial(u)) {
            // entity staff find people only at the stand, on the day of the fair (a day of margin either side)
            LocalDate today = LocalDate.now(jurisdictions.byId(f.jurisdictionId()).orElseThrow().zoneId());
            if (f.status().equals("CANCELADA") || Math.abs(ChronoUnit.DAYS.between(f.date(), today)) > 1) {
                throw new ForbiddenException(
                        "El personal de las entidades busca personas por documento solo el día de la"
                                + " jornada " + f.name() + " (" + f.date() + ").");
            }
        }
        Optional<Households.PersonRef> found = households.personByDocument(f.jurisdictionId(), t, number);
        // A name from a document number, at a stand: a lookup on the access log, page and API alike.
        found.ifPresent(p -> accessLog.logView(PersonalDataAccess.PERSON, p.id(), f.jurisdictionId(),
                PersonalDataAccess.LOOKUP));
        return found;
    }

    /**
     * Registers a person attended at a stand. Idempotent by {@code uuid}: a registration sent twice (the offline
     * queue retries) is stored once and the second answer says so.
     */
    @Transactional
    RegistrationView register(long fairId, RegistrationCommand c, CurrentUser u) {
        UUID uuid = uuid(c.uuid());
        FairView f = read.fair(fairId);
        if (c.actorId() == null) {
            throw new ValidationException("actorId", "Indique la entidad del stand.");
        }
        String actorName = access.requireRegistrar(f, c.actorId(), u).actorName();
        Optional<RegistrationView> existing = read.registration(uuid, true);
        if (existing.isPresent()) {
            if (existing.get().fairId() != fairId || existing.get().actorId() != c.actorId()) {
                throw new ConflictException("El registro " + uuid + " ya existe para otra jornada o entidad.");
            }
            return existing.get();
        }
        ServiceFair fair = fairs.findById(fairId).orElseThrow();
        List<Stand> offered = read.services(fairId);
        FairAttendance attendance = fair.attend(c.actorId(), c.serviceIds(), c.satisfaction(), offered);
        Jurisdiction j = jurisdictions.byId(f.jurisdictionId()).orElseThrow();
        Households.PersonRef person = person(f, j, c, u);
        Households.PersonFacts facts = households.facts(person.id()).orElseThrow();
        Integer age = facts.birthDate() == null ? null : Period.between(facts.birthDate(), f.date()).getYears();
        Optional<Long> stored = fairs.addRegistration(new FairStatements.NewRegistration(uuid, fairId, j.id(),
                person.id(), c.actorId(), age, facts.sex(), FairPlanning.blank(facts.populationGroups()),
                c.satisfaction(), u.username()));
        if (stored.isEmpty()) {
            return read.registration(uuid, true).orElseThrow();
        }
        long id = stored.get();
        fairs.addAttendances(id, fairId, attendance, actorName);
        Referrals.Created ref = fairReferrals.refer(f, j, c, person, facts, actorName, u);
        if (ref != null) {
            fairs.linkReferral(id, ref.id(), ref.code());
        }
        // the answer is built from what was just stored (services in the order of the fair's list, by name), not
        // read back: a stand's request stays short when every stand of the fair sends at once
        RegistrationView v = new RegistrationView(id, uuid.toString(), fairId, person.id(), person.displayName(),
                c.actorId(), attendance.serviceNames(offered), ref == null ? null : ref.id(),
                ref == null ? null : ref.code(), false);
        audit.record("REGISTER", "FairAttendance", id, j.id(),
                "Atención en la jornada " + f.code() + " (" + actorName + ")", null, v);
        return v;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("uuid",
                    "Falta el identificador del registro generado por el dispositivo (UUID).");
        }
    }

    /** The person attended: by id, by document, or registered now with their authorization. */
    private Households.PersonRef person(FairView f, Jurisdiction j, RegistrationCommand c, CurrentUser u) {
        if (c.personId() != null) {
            Households.PersonRef p = households.usablePerson(c.personId())
                    .orElseThrow(() -> new ValidationException("personId",
                            "La persona " + c.personId() + " no existe o sus datos no se pueden usar."));
            if (p.jurisdictionId() != j.id()) {
                throw new ValidationException("personId", "La persona " + c.personId() + " no es de " + j.name() + ".");
            }
            return p;
        }
        DocumentType type = DocumentType.parse(c.documentType());
        if (type == null) {
            throw new ValidationException("documentType",
                    "Indique el tipo de documento: CC, TI, RC, CE, PPT, PEP, PA o SD.");
        }
        if (c.documentNumber() != null && !c.documentNumber().isBlank()) {
            Optional<Households.PersonRef> found = households.personByDocument(j.id(), type, c.documentNumber());
            if (found.isPresent()) {
                return households.usablePerson(found.get().id())
                        .orElseThrow(() -> new ValidationException("documentNumber",
                                "La persona con " + type.name() + " " + c.documentNumber().strip()
                                        + " revocó su autorización o fue anonimizada: no se registra."));
            }
        }
        if (!Boolean.TRUE.equals(c.authorized())) {
            throw new ValidationException("authorized",
                    "La persona no está registrada: para registrarla se requiere su "
                            + "autorización de tratamiento de datos (Ley 1581 de 2012).");
        }
        return households.registerPerson(newPerson(f, j, c), f.territoryId(), u);
    }

    private static Households.NewPerson newPerson(FairView f, Jurisdiction j, RegistrationCommand c) {
        String evidence = FairPlanning.blank(c.authorizationEvidence()) == null
                ? "Formato de registro de población atendida, jornada " + f.code()
                : c.authorizationEvidence().strip();
        String who = ((c.firstName() == null ? "" : c.firstName().strip()) + " "
                + (c.lastName() == null ? "" : c.lastName().strip())).strip();
        boolean sensitive = Boolean.TRUE.equals(c.sensitiveAuthorized());
        AuthorizationCommand auth = new AuthorizationCommand(who.isEmpty() ? null : who, c.documentNumber(), false,
                null, "PRESENCIAL", "Registro de atención en la jornada de servicios " + f.name()
                        + " y seguimiento de las canalizaciones"
                        + (sensitive ? ", incluidos datos sensibles de salud" : ""),
                evidence, sensitive, OffsetDateTime.now(j.zoneId()));
        return new Households.NewPerson(c.documentType(), c.documentNumber(), c.firstName(), null, c.lastName(), null,
                c.birthDate(), c.sex(), c.populationGroups(), c.phone(), auth);
    }
}
