package org.minga.privacy.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationCommand;
import org.minga.privacy.AuthorizationView;
import org.minga.privacy.AuthorizationWithdrawn;
import org.minga.privacy.BulkAuthorization;
import org.minga.privacy.Consents;
import org.minga.privacy.Purpose;
import org.minga.privacy.internal.domain.Authorization;
import org.minga.privacy.internal.domain.AuthorizationChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorizations to process personal data: checks a command, grants an {@link Authorization}, withdraws one
 * (publishing {@link AuthorizationWithdrawn} when the person keeps none active) and answers the other modules'
 * questions through {@link AuthorizationReadModel}.
 */
@Service
@RequiredArgsConstructor
class ConsentService implements Consents {

    private final AuthorizationRepository authorizations;
    private final AuthorizationReadModel read;
    private final DataSubjects subjects;
    private final AccessPolicy policy;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final AuthorizationEvidenceRepository evidence;

    @Override
    public List<FieldError> check(AuthorizationCommand c, boolean minor, boolean sensitiveDataHeld) {
        List<FieldError> errors = new ArrayList<>();
        if (c == null) {
            errors.add(new FieldError("authorization", "No se pueden guardar datos personales sin una autorización de "
                    + "tratamiento registrada (Ley 1581 de 2012): indique quién la dio, cuándo, por qué canal, "
                    + "para qué finalidades y su evidencia."));
            return errors;
        }
        if (blank(c.grantedByName())) {
            errors.add(new FieldError("authorization.grantedByName", "Indique quién dio la autorización."));
        } else if (c.grantedByName().length() > 200) {
            errors.add(new FieldError("authorization.grantedByName",
                    "El nombre de quien autoriza admite 200 caracteres."));
        }
        if (AuthorizationChannel.parse(c.channel()).isEmpty()) {
            errors.add(new FieldError("authorization.channel",
                    "Indique el canal de la autorización: PRESENCIAL, ESCRITO, TELEFONICO o DIGITAL."));
        }
        if (blank(c.purposes())) {
            errors.add(new FieldError("authorization.purposes", "Indique las finalidades autorizadas."));
        }
        if (blank(c.evidence())) {
            errors.add(new FieldError("authorization.evidence",
                    "Indique la evidencia de la autorización (número del formato firmado, grabación...)."));
        } else if (c.evidence().length() > 500) {
            errors.add(new FieldError("authorization.evidence", "La evidencia admite 500 caracteres."));
        }
        if (c.grantedAt() != null && c.grantedAt().isAfter(OffsetDateTime.now().plusMinutes(5))) {
            errors.add(new FieldError("authorization.grantedAt", "La fecha de la autorización no puede ser futura."));
        }
        checkGrantor(c, minor, sensitiveDataHeld, errors);
        return errors;
    }

    /** A minor's authorization is their guardian's; sensitive data held needs an authorization that covers it. */
    private static void checkGrantor(AuthorizationCommand c, boolean minor, boolean sensitiveDataHeld,
            List<FieldError> errors) {
        if (minor && !c.guardian()) {
            errors.add(new FieldError("authorization.byGuardian", "La persona es menor de edad: la autorización debe "
                    + "darla su representante legal (marque que la da el representante e indique el parentesco)."));
        }
        if (c.guardian() && blank(c.guardianRelation())) {
            errors.add(new FieldError("authorization.guardianRelation",
                    "Indique el parentesco o la calidad del representante legal."));
        }
        if (sensitiveDataHeld && !c.sensitive()) {
            errors.add(new FieldError("authorization.sensitiveData", "Se registran datos sensibles (salud, etnia o "
                    + "discapacidad): la autorización debe cubrir expresamente los datos sensibles."));
        }
    }

    @Override
    @Transactional
    public AuthorizationView grant(long personId, long jurisdictionId, AuthorizationCommand c, boolean minor,
            boolean sensitiveDataHeld) {
        List<FieldError> errors = check(c, minor, sensitiveDataHeld);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Authorization saved = authorizations
                .save(Authorization.grant(jurisdictionId, personId, c, username(), Instant.now()));
        long id = saved.id().value();
        AuthorizationView v = authorization(id);
        audit.record("CREATE", "DataAuthorization", id, jurisdictionId,
                "Autorización de tratamiento de datos de la persona " + personId + " por " + v.channel(), null, v);
        return v;
    }

    @Override
    @Transactional
    public void grantAll(long jurisdictionId, List<BulkAuthorization> bulk) {
        if (!bulk.isEmpty()) {
            authorizations.insertAll(jurisdictionId, bulk, username());
        }
    }

    @Override
    @Transactional
    public String attachEvidence(long authorizationId, String mediaType, byte[] content) {
        EvidenceImage.check(mediaType, content);
        AuthorizationView v = authorization(authorizationId);
        String sha = EvidenceImage.sha256(content);
        if (!evidence.store(authorizationId, v.personId(), mediaType, content, sha, username())) {
            throw new ConflictException("La autorización " + authorizationId + " ya tiene su imagen de evidencia.");
        }
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("mediaType", mediaType);
        what.put("bytes", content.length);
        what.put("sha256", sha);
        audit.record("CREATE", "DataAuthorizationEvidence", authorizationId, v.jurisdictionId(),
                "Imagen de evidencia de la autorización " + authorizationId, null, what);
        return sha;
    }

    @Override
    public List<AuthorizationView> ofPerson(long personId) {
        return read.ofPerson(personId);
    }

    @Override
    public boolean hasActive(long personId) {
        return read.hasActive(personId);
    }

    @Override
    public boolean coversSensitive(long personId) {
        return read.coversSensitive(personId);
    }

    @Override
    public boolean covers(long personId, Purpose purpose) {
        return read.activePurposes(personId).stream().anyMatch(purpose::namedIn);
    }

    @Override
    @Transactional
    public AuthorizationView withdraw(long authorizationId, String reason, int version, CurrentUser user) {
        AuthorizationView before = authorization(authorizationId);
        if (before.personId() == null) {
            throw new NotFoundException("La autorización " + authorizationId + " no existe.");
        }
        subjects.subjectFor(before.personId(), user, policy.allows(user, Capability.RECORD_PERSONAL_DATA)
                ? Capability.RECORD_PERSONAL_DATA : Capability.PROCESS_DATA_REQUESTS);
        Authorization a = authorizations.findById(authorizationId).orElseThrow();
        a.withdraw(reason, Instant.now(), jurisdictions.byId(a.jurisdictionId()).orElseThrow().zoneId());
        if (a.version() != version) {
            throw stale();
        }
        try {
            authorizations.save(a);
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        }
        AuthorizationView after = authorization(authorizationId);
        audit.record("WITHDRAW", "DataAuthorization", authorizationId, before.jurisdictionId(),
                "Revocatoria de la autorización de la persona " + before.personId(), before, after);
        if (!read.hasActive(before.personId())) {
            events.publishEvent(new AuthorizationWithdrawn(before.personId(), before.jurisdictionId()));
        }
        return after;
    }

    /** One authorization as people read it. */
    AuthorizationView authorization(long id) {
        return read.byId(id).orElseThrow(() -> new NotFoundException("La autorización " + id + " no existe."));
    }

    private static ConflictException stale() {
        return new ConflictException("Otra persona modificó esta autorización; recargue la página.");
    }

    private static String username() {
        return CurrentUsers.current().map(CurrentUser::username).orElse("sistema");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
