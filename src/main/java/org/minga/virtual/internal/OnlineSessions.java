package org.minga.virtual.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.Households;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.Identity;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.virtual.internal.VirtualTerritoryReadModel.Head;
import org.minga.virtual.internal.domain.OnlineSession;
import org.minga.virtual.internal.domain.SessionMaterial;
import org.minga.virtual.internal.domain.SessionModality;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules the online sessions of a virtual territory and registers their attendance: a person by the facilitator
 * (the household module checks the user reaches the person and that an authorization allows using their data), or
 * an anonymous tick through the session's public form. Thin: the rules are {@link OnlineSession}'s.
 */
@Service
@RequiredArgsConstructor
class OnlineSessions {

    /** A session as the API sends it: modality by code or words, a health topic for a public-health session. */
    record ScheduleCommand(String modality, String title, LocalDate heldOn, String link, String agenda,
            String healthTopic, Long campaignId, List<SessionMaterial> materials) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OnlineSessionRepository sessions;
    private final VirtualTerritoryReadModel read;
    private final VirtualAccess access;
    private final Households households;
    private final AuditLog audit;

    @Transactional
    long schedule(long virtualTerritoryId, ScheduleCommand c, CurrentUser user) {
        Head h = read.head(virtualTerritoryId).orElseThrow(
                () -> new NotFoundException("El territorio virtual " + virtualTerritoryId + " no existe."));
        access.requireReadable(h.jurisdictionId(), h.territoryPath(), user, "El territorio virtual " + h.id());
        access.requireManaged(h.jurisdictionId(), h.territoryPath(), user);
        if (c == null) {
            throw new ValidationException("title", "Indique el título de la sesión (hasta 200 caracteres).");
        }
        if (c.campaignId() != null && !read.campaignUses(c.campaignId(), h.id())) {
            throw new ValidationException("campaignId",
                    "La campaña " + c.campaignId() + " no pasa por el territorio virtual «" + h.name() + "».");
        }
        SessionModality modality = c.modality() == null || c.modality().isBlank() ? null
                : Labels.read(SessionModality.class, c.modality()).orElse(null); // the session names what is missing
        OnlineSession s = sessions.save(OnlineSession.schedule(
                new OnlineSession.Place(h.jurisdictionId(), new Identity<>(h.id()), h.territoryPath(),
                        c.campaignId()),
                new OnlineSession.Plan(modality, c.title(), c.heldOn(), c.link(), c.agenda(), c.healthTopic(),
                        c.materials()),
                token(), user.username()));
        audit.record("CREATE", "OnlineSession", s.id().value(), h.jurisdictionId(),
                "Sesión en línea «" + s.title() + "»",
                null, null);
        return s.id().value();
    }

    /** The facilitator registers a person (who must be usable under the privacy rules) as present. */
    @Transactional
    void registerPerson(long sessionId, Long personId, CurrentUser user) {
        OnlineSession s = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("La sesión " + sessionId + " no existe."));
        access.requireReadable(s.jurisdictionId(), s.territoryPath(), user, "La sesión " + sessionId);
        access.requireManaged(s.jurisdictionId(), s.territoryPath(), user);
        if (personId == null) {
            throw new ValidationException("personId", "Indique la persona que asistió.");
        }
        households.requireUsablePerson(personId, user);
        s.registerPerson(personId, access.today(s.jurisdictionId()), Instant.now());
        sessions.save(s);
        audit.record("UPDATE", "OnlineSession", sessionId, s.jurisdictionId(),
                "Asistencia a la sesión «" + s.title() + "» registrada por quien la facilita", null, null);
    }

    /** An attendee ticks the session's public form; false for a token no session has. */
    @Transactional
    boolean registerByForm(String token) {
        return sessions.findByPublicToken(token == null ? "" : token).map(s -> {
            s.registerByForm(access.today(s.jurisdictionId()), Instant.now());
            sessions.save(s);
            return true;
        }).orElse(false);
    }

    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
