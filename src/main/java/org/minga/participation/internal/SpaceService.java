package org.minga.participation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.participation.internal.SpaceReadModel.SpaceView;
import org.minga.participation.internal.domain.ParticipationLevel;
import org.minga.participation.internal.domain.Space;
import org.minga.participation.internal.domain.SpaceFormat;
import org.minga.participation.internal.domain.SpaceKind;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Labels;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.TerritoryView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.minga.participation.internal.Codes.blankToNull;

/** Plans and revises participation spaces and publishes their devolución; reading is {@link SpaceReadModel}'s. */
@Service
class SpaceService {

    record SpaceCommand(@Size(max = 60, message = "El código admite 60 caracteres.") String code, String kind,
            @NotBlank(message = TITLE) @Size(max = 200, message = TITLE) String title,
            @NotBlank(message = PROCESS) @Size(max = 120, message = PROCESS) String process,
            @Min(value = 1, message = ROUND) @Max(value = 20, message = ROUND) Integer round, String theme,
            Long territoryId, String territoryCode, String servicePoint,
            @NotNull(message = "Indique la fecha del espacio.") LocalDate heldOn, LocalTime startTime,
            @NotNull(message = DURATION) @Min(value = 15, message = DURATION) @Max(value = 1440, message = DURATION) Integer durationMinutes,
            String participationLevel, Long organiserActorId, String organiserName,
            @Size(max = 2000, message = "La metodología admite 2.000 caracteres.") String methodology,
            @Min(value = 0, message = "La asistencia contada no puede ser negativa.") Integer countedAttendance,
            Integer version) {

        static final String TITLE = "Indique el nombre del espacio (hasta 200 caracteres).";
        static final String PROCESS = "Indique el proceso al que pertenece (por ejemplo «PLADECO 2024-2030»), hasta 120 caracteres.";
        static final String ROUND = "La vuelta debe estar entre 1 y 20.";
        static final String DURATION = "La duración va de 15 a 1.440 minutos.";
    }

    private final SpaceRepository repository;
    private final SpaceReadModel read;
    private final Scopes scopes;
    private final AuditLog audit;
    private final Actors actors;
    private final Labels labels;
    private final Validator validator;
    private final Convocation convocation;
    private final String baseUrl;

    SpaceService(SpaceRepository repository, SpaceReadModel read, Scopes scopes, AuditLog audit, Actors actors,
            Labels labels, Validator validator, Convocation convocation,
            @Value("${minga.base-url:http://localhost:8080}") String baseUrl) {
        this.repository = repository;
        this.read = read;
        this.scopes = scopes;
        this.audit = audit;
        this.actors = actors;
        this.labels = labels;
        this.validator = validator;
        this.convocation = convocation;
        this.baseUrl = baseUrl;
    }

    @Transactional
    SpaceView create(SpaceCommand c, String jurisdictionCode, CurrentUser user) {
        scopes.requireWriter(user);
        List<FieldError> errors = Violations.of(validator, c);
        TerritoryView t = scopes.territory(c.territoryId(), c.territoryCode(), jurisdictionCode, user, "territoryId",
                errors);
        Space.Details d = details(c, t, errors);
        String code = blankToNull(c.code());
        if (code == null) {
            code = "esp-" + Long.toString(System.nanoTime(), 36);
        } else if (t != null && code.length() <= 60 && repository.existsByJurisdictionIdAndCode(t.jurisdictionId(),
                code)) {
            errors.add(new FieldError("code", "Ya existe un espacio con el código " + code + "."));
        }
        Codes.throwIfAny(errors);
        Space s = repository.save(Space.plan(t.jurisdictionId(), code, d, user.username()));
        SpaceView v = read.view(s.id().value());
        audit.record("CREATE", "ParticipationSpace", v.id(), v.jurisdictionId(),
                "Espacio de participación " + v.title(), null, v);
        return v;
    }

    @Transactional
    SpaceView update(long id, SpaceCommand c, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView before = read.get(id, user);
        List<FieldError> errors = Violations.of(validator, c);
        TerritoryView t = c.territoryId() == null && blankToNull(c.territoryCode()) == null
                ? scopes.territory(before.territoryId())
                : scopes.territory(c.territoryId(), c.territoryCode(),
                        scopes.jurisdiction(before.jurisdictionId()).code(), user, "territoryId", errors);
        if (t != null && t.jurisdictionId() != before.jurisdictionId()) {
            errors.add(new FieldError("territoryId", "El territorio debe ser de la misma jurisdicción."));
        }
        Space.Details d = details(c, t, errors);
        if (c.version() == null) {
            errors.add(new FieldError("version", "Envíe la versión que leyó."));
        }
        Codes.throwIfAny(errors);
        Space s = repository.findById(id).orElseThrow();
        s.revise(d, c.version());
        repository.save(s);
        SpaceView after = read.view(id);
        audit.record("UPDATE", "ParticipationSpace", id, after.jurisdictionId(), "Espacio " + after.title(), before,
                after);
        return after;
    }

    /** The space's details from a command whose shape is checked; what is wrong goes to {@code errors}. */
    private Space.Details details(SpaceCommand c, TerritoryView t, List<FieldError> errors) {
        SpaceKind kind = Codes.parse(labels, SpaceKind.class, c.kind(), errors, "kind",
                "El tipo de espacio debe ser DIALOGUE (diálogo ciudadano), TERRITORIAL_WORKSHOP (taller territorial) o THEMATIC_WORKSHOP (taller temático).");
        ParticipationLevel level = Codes.parse(labels, ParticipationLevel.class, c.participationLevel(), errors,
                "participationLevel",
                "El nivel de participación debe ser informativo, consultivo, deliberativo o cogestión.");
        SpaceFormat format = null;
        if (kind != null) {
            try {
                format = SpaceFormat.of(kind, c.servicePoint(), c.theme());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        String organiser = organiser(c, t, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Space.Details(format, c.title().strip(), c.process().strip(), c.round() == null ? 1 : c.round(),
                t.id(), t.path(), c.heldOn(), c.startTime(),
                c.durationMinutes(), level, c.organiserActorId(), organiser, blankToNull(c.methodology()),
                c.countedAttendance());
    }

    private String organiser(SpaceCommand c, TerritoryView t, List<FieldError> errors) {
        String organiser = blankToNull(c.organiserName());
        if (c.organiserActorId() != null) {
            Optional<ActorSummary> a = actors.byId(c.organiserActorId());
            if (a.isEmpty() || (t != null && a.get().jurisdictionId() != t.jurisdictionId())) {
                errors.add(new FieldError("organiserActorId",
                        "El actor organizador " + c.organiserActorId() + " no existe en la jurisdicción."));
            } else if (organiser == null) {
                organiser = a.get().displayName();
            }
        }
        if (organiser == null) {
            errors.add(new FieldError("organiserName", "Indique quién organiza el espacio."));
        }
        return organiser;
    }

    /**
     * Publishes the devolución: a public page (by an unguessable link) with what was done with every contribution,
     * emailed to the invitees who have an address.
     */
    @Transactional
    SpaceView publishDevolution(long spaceId, String text, CurrentUser user) {
        scopes.requireWriter(user);
        SpaceView before = read.get(spaceId, user);
        if (text != null && text.length() > 4000) {
            throw new ValidationException("devolutionText", "El mensaje de la devolución admite 4.000 caracteres.");
        }
        Space s = repository.findById(spaceId).orElseThrow();
        s.publishDevolution(blankToNull(text), PublicTokens.next(), Instant.now());
        repository.save(s);
        SpaceView after = read.view(spaceId);
        convocation.mailDevolution(after, baseUrl + "/d/" + s.devolutionToken());
        audit.record("PUBLISH", "ParticipationSpace", spaceId, after.jurisdictionId(),
                "Devolución publicada de " + after.title(), before, after);
        return after;
    }
}
