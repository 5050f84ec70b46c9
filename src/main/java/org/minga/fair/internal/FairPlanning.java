package org.minga.fair.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.fair.internal.FairRecords.FairForm;
import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.FairRecords.Participant;
import org.minga.fair.internal.FairRecords.ParticipantForm;
import org.minga.fair.internal.FairRecords.Task;
import org.minga.fair.internal.domain.AllyContribution;
import org.minga.fair.internal.domain.ServiceFair;
import org.minga.offer.ServiceCard;
import org.minga.offer.ServiceOffer;
import org.minga.platform.Labels;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans fairs: schedules and revises a {@link ServiceFair} (saved with optimistic locking on its version), adds who
 * comes and the services at their stands, keeps the checklist and the lessons learned. Each change is audited.
 */
@Service
@RequiredArgsConstructor
class FairPlanning {

    static final List<String> CHECKLIST = List.of("Carpas", "Mobiliario (mesas y sillas)", "Equipos de cómputo",
            "Transporte", "Refrigerios", "Convocatoria por perifoneo y líderes", "Material informativo");

    static final Set<String> TASK_STATUSES = Set.of("PENDIENTE", "EN_CURSO", "LISTA");

    static final String ENTITY = "ServiceFair";

    private final FairRepository fairs;
    private final FairReadModel read;
    private final FairAccess access;
    private final FairPlanValidation validation;
    private final Jurisdictions jurisdictions;
    private final Actors actors;
    private final ServiceOffer offer;
    private final AuditLog audit;

    @Transactional
    FairView create(FairForm c, CurrentUser u) {
        FairAccess.requireWriter(u, Capability.RUN_FAIRS);
        if (!FairAccess.territorial(u)) {
            throw new ForbiddenException("Las jornadas las planean los equipos territoriales.");
        }
        Jurisdiction j = jurisdictions.namedOrOwn(c.jurisdiction(), u);
        FairPlanValidation.Checked checked = validation.check(c, j, null, u, true);
        ServiceFair fair = fairs.save(ServiceFair.schedule(j.id(), checked.plan(), checked.status(), u.username(),
                Instant.now()));
        long id = fair.id().value();
        fairs.addChecklist(id, CHECKLIST);
        FairView v = read.fair(id);
        audit.record("CREATE", ENTITY, id, j.id(), "Jornada " + v.code() + " en " + v.territoryName(), null, v);
        return v;
    }

    @Transactional
    FairView update(long id, FairForm c, CurrentUser u) {
        FairView before = access.requireVisible(id, u);
        access.requirePlanner(before, u);
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        FairPlanValidation.Checked checked = validation.check(c, j, id, u, false);
        ServiceFair fair = fairs.findById(id).orElseThrow();
        if (c.version() == null || c.version() != fair.version()) {
            throw stale(before);
        }
        fair.revise(checked.plan(), checked.status(), Instant.now());
        try {
            fairs.save(fair);
        } catch (OptimisticLockingFailureException e) {
            throw stale(before);
        }
        FairView after = read.fair(id);
        audit.record("UPDATE", ENTITY, id, j.id(), "Jornada " + after.code(), before, after);
        return after;
    }

    private static ConflictException stale(FairView before) {
        return new ConflictException(
                "Otra persona modificó esta jornada; recargue la página (versión " + before.version() + ").");
    }

    @Transactional
    Participant addParticipant(long fairId, ParticipantForm c, CurrentUser u) {
        FairView f = access.requireVisible(fairId, u);
        access.requirePlanner(f, u);
        List<FieldError> errors = new ArrayList<>();
        String kind = c.kind() == null ? "ENTIDAD" : c.kind().strip().toUpperCase(Locale.ROOT);
        if (!kind.equals("ENTIDAD") && !kind.equals("ALIADO")) {
            errors.add(new FieldError("kind", "Indique si es una entidad que lleva servicios o un aliado."));
        }
        ActorSummary a = c.actorId() == null ? null : actors.byId(c.actorId()).orElse(null);
        if (a == null || a.jurisdictionId() != f.jurisdictionId()) {
            errors.add(new FieldError("actorId", "Elija una entidad o aliado registrado en la jurisdicción."));
        }
        AllyContribution contribution = Labels.read(AllyContribution.class, c.contribution()).orElse(null);
        if (blank(c.contribution()) != null && contribution == null) {
            errors.add(new FieldError("contribution",
                    "El aporte debe ser uno de: " + Labels.allowedWords(AllyContribution.class) + "."));
        }
        if ("ALIADO".equals(kind) && contribution == null) {
            errors.add(new FieldError("contribution", "Indique qué aporta el aliado."));
        }
        if (c.staffCount() != null && (c.staffCount() < 0 || c.staffCount() > 500)) {
            errors.add(new FieldError("staffCount", "El personal debe estar entre 0 y 500 personas."));
        }
        if (a != null && read.participants(fairId).stream()
                .anyMatch(p -> p.actorId() == a.id() && p.kind().equals(kind))) {
            errors.add(new FieldError("actorId", a.name() + " ya está en la jornada."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = fairs.addParticipant(fairId, new FairStatements.NewParticipant(a.id(), a.name(), kind,
                blank(c.stand()), c.staffCount(), contribution, blank(c.detail())));
        Participant p = read.participants(fairId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record("ADD_PARTICIPANT", ENTITY, fairId, f.jurisdictionId(), a.name() + " en la jornada " + f.code(),
                null, p);
        return p;
    }

    @Transactional
    void addService(long fairId, Long serviceId, Long actorId, CurrentUser u) {
        FairView f = access.requireVisible(fairId, u);
        access.requirePlanner(f, u);
        ServiceCard s = serviceId == null ? null : offer.activeService(f.jurisdictionId(), serviceId).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        if (s == null) {
            errors.add(new FieldError("serviceId", "Elija un servicio activo de la oferta de la jurisdicción."));
        }
        Optional<Participant> p = read.participants(fairId).stream()
                .filter(x -> x.kind().equals("ENTIDAD") && actorId != null && x.actorId() == actorId).findFirst();
        if (p.isEmpty()) {
            errors.add(new FieldError("actorId",
                    "Elija la entidad de la jornada que presta el servicio (agréguela primero)."));
        }
        if (s != null && read.services(fairId).stream().anyMatch(x -> x.serviceId() == s.id())) {
            errors.add(new FieldError("serviceId", "El servicio " + s.name() + " ya está en la jornada."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        fairs.addStand(fairId, s.id(), s.name(), p.get().actorId());
        audit.record("ADD_SERVICE", ENTITY, fairId, f.jurisdictionId(),
                s.name() + " (" + p.get().actorName() + ") en " + f.code(), null,
                Map.of("serviceId", s.id(), "actorId", p.get().actorId()));
    }

    @Transactional
    void addTask(long fairId, String name, String owner, CurrentUser u) {
        FairView f = access.requireVisible(fairId, u);
        access.requirePlanner(f, u);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new ValidationException("name", "Indique la tarea de alistamiento (hasta 200 caracteres).");
        }
        long id = fairs.addTask(fairId, name.strip(), blank(owner));
        audit.record("ADD_TASK", ENTITY, fairId, f.jurisdictionId(), "Tarea «" + name.strip() + "» en " + f.code(),
                null, Map.of("taskId", id));
    }

    @Transactional
    void updateTask(long fairId, long taskId, String owner, String status, Integer version, CurrentUser u) {
        FairView f = access.requireVisible(fairId, u);
        access.requirePlanner(f, u);
        Task before = read.tasks(fairId).stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("La tarea " + taskId + " no es de esta jornada."));
        String st = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
        if (!TASK_STATUSES.contains(st)) {
            throw new ValidationException("status", "El estado de la tarea debe ser pendiente, en curso o lista.");
        }
        if (owner != null && owner.length() > 200) {
            throw new ValidationException("owner", "El responsable admite 200 caracteres.");
        }
        if (fairs.updateTask(taskId, blank(owner), st, version == null ? -1 : version) == 0) {
            throw new ConflictException("Otra persona modificó la tarea «" + before.name() + "»; recargue la página.");
        }
        audit.record("UPDATE_TASK", ENTITY, fairId, f.jurisdictionId(), "Tarea «" + before.name() + "»", before,
                Map.of("owner", String.valueOf(blank(owner)), "status", st));
    }

    @Transactional
    void addLesson(long fairId, String text, CurrentUser u) {
        FairView f = access.requireVisible(fairId, u);
        access.requirePlanner(f, u);
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new ValidationException("text", "Escriba la lección aprendida (hasta 4.000 caracteres).");
        }
        long id = fairs.addLesson(fairId, text.strip(), u.username());
        audit.record("ADD_LESSON", ENTITY, fairId, f.jurisdictionId(), "Lección aprendida en " + f.code(), null,
                Map.of("lessonId", id));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
