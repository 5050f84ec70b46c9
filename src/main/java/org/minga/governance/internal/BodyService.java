package org.minga.governance.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Labels;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.governance.internal.BodyForms.BodyForm;
import org.minga.governance.internal.BodyForms.CalendarForm;
import org.minga.governance.internal.BodyForms.MemberForm;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.BodyReadModel.MemberView;
import org.minga.governance.internal.Gov.ManagementLevel;
import org.minga.governance.internal.Gov.MemberRole;
import org.minga.governance.internal.domain.Body;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.UserAccounts;
import org.minga.platform.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bodies (instancias) and their members: who sees and edits them, creating one (optionally from a
 * {@link BodyTemplate} that seats its members), revising it, seating and retiring members. The form's rules are
 * {@link BodyValidation}'s and {@link Body}'s; the lists are {@link BodyReadModel}'s.
 */
@Service
@RequiredArgsConstructor
public class BodyService {

    private final Labels labels;
    private final BodyRepository repository;
    private final BodyReadModel read;
    private final BodyValidation validation;
    private final SessionScheduling scheduling;
    private final Access access;
    private final AuditLog audit;
    private final Actors actors;
    private final UserAccounts users;

    public Optional<BodyView> byId(long id) {
        return read.byId(id);
    }

    public Optional<BodyView> byCode(long jurisdictionId, String code) {
        return read.byCode(jurisdictionId, code);
    }

    /** The body a form field names: by code, or by name when only one body bears it. */
    public org.minga.platform.Named<BodyView> named(long jurisdictionId, String typed) {
        return read.named(jurisdictionId, typed);
    }

    public BodyView requireVisible(long id, CurrentUser user) {
        return access.requireVisible(read.byId(id), user, "la instancia " + id);
    }

    public boolean canEdit(BodyView b, CurrentUser user) {
        return access.canEdit(user, b.jurisdictionId(), b.territoryPath());
    }

    /** Bodies the user sees, macro first, then by territory and name. */
    public PageResult<BodyView> list(Jurisdiction j, CurrentUser user, ManagementLevel level, String q,
            PageRequest page) {
        return read.list(j.id(), access.prefix(user), level, q, page);
    }

    public List<BodyView> children(long bodyId) {
        return read.children(bodyId);
    }

    /** The bodies above one, nearest first: where it escalates and raises petitions. */
    public List<BodyView> above(long bodyId) {
        List<Long> ids = read.ancestorIds(bodyId);
        return ids.subList(1, ids.size()).stream().map(read::byId).flatMap(Optional::stream).toList();
    }

    /** The tiers of a two-tier body. */
    public List<BodyView> tiers(long bodyId) {
        return read.tiers(bodyId);
    }

    public List<MemberView> members(long bodyId) {
        return read.members(bodyId);
    }

    @Transactional
    public BodyView create(BodyForm form, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(form.jurisdiction(), user);
        BodyValidation.Valid v = validation.validate(form, j, null);
        access.requireEditor(user, j.id(), v.draft().place().path(), "instancias en " + v.draft().place().name());
        long id = repository.save(Body.create(v.draft(), Instant.now())).id().value();
        if (v.template() != null) {
            for (BodyTemplate.Seat seat : v.template().seats()) {
                long actor = seat.actorCodes().stream().map(code -> actors.byCode(j.id(), code))
                        .flatMap(java.util.Optional::stream).findFirst().map(a -> a.id())
                        .orElse(v.templateActor().id());
                repository.addMember(id, actor, null, seat.position(), null, null, seat.role());
            }
        }
        BodyView b = read.byId(id).orElseThrow();
        audit.record("CREATE", "gov_body", id, j.id(), "Instancia " + b.name() + " creada"
                + (v.template() == null ? "" : " con la plantilla " + v.template().label()), null, b);
        return b;
    }

    @Transactional
    public BodyView update(long id, BodyForm form, CurrentUser user) {
        BodyView before = requireVisible(id, user);
        access.requireEditor(user, before.jurisdictionId(), before.territoryPath(), "la instancia " + before.name());
        Jurisdiction j = access.jurisdiction(before.jurisdictionId());
        BodyValidation.Valid v = validation.validate(form, j, before);
        access.requireEditor(user, j.id(), v.draft().place().path(), "instancias en " + v.draft().place().name());
        if (form.version() == null) {
            throw new ValidationException("version", "Falta la versión de la instancia que se editó.");
        }
        Body body = repository.findById(id).orElseThrow();
        body.revise(v.draft(), form.version(), Instant.now());
        try {
            repository.save(body);
        } catch (OptimisticLockingFailureException e) {
            throw Body.stale();
        }
        repository.moveCommitments(id, body.territoryPath());
        BodyView after = read.byId(id).orElseThrow();
        audit.record("UPDATE", "gov_body", id, j.id(), "Instancia " + after.name() + " actualizada", before, after);
        return after;
    }

    private BodyView requireEditable(long bodyId, CurrentUser user) {
        BodyView b = requireVisible(bodyId, user);
        access.requireEditor(user, b.jurisdictionId(), b.territoryPath(), "la instancia " + b.name());
        return b;
    }

    @Transactional
    public MemberView addMember(long bodyId, MemberForm f, CurrentUser user) {
        BodyView b = requireEditable(bodyId, user);
        List<FieldError> errors = validation.shape(f);
        ActorSummary actor = null;
        if (Gov.blank(f.actorCode()) != null) {
            actor = actors.named(b.jurisdictionId(), f.actorCode())
                    .orError("actorCode", "el actor del integrante", errors)
                    .orElse(null);
        }
        if (Gov.blank(f.email()) != null && !f.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "El correo " + f.email().strip() + " no es válido."));
        }
        MemberRole role = labels.parse(MemberRole.class, f.role()).orElse(null);
        if (role == null) {
            errors.add(new FieldError("role", "Indique el rol: " + Gov.allowed(labels, MemberRole.class) + "."));
        }
        Long userId = null;
        if (Gov.blank(f.username()) != null) {
            userId = users.enabledIdOf(f.username().strip()).orElse(null);
            if (userId == null) {
                errors.add(new FieldError("username", "No existe el usuario de Minga " + f.username().strip() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = repository.addMember(bodyId, actor.id(), Gov.blank(f.personName()), f.position().strip(),
                Gov.blank(f.email()), userId, role);
        MemberView m = read.members(bodyId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record("CREATE", "gov_member", id, b.jurisdictionId(), "Integrante " + m.position() + " (" + m.actorName()
                + ") en " + b.name(), null, m);
        return m;
    }

    @Transactional
    public void removeMember(long bodyId, long memberId, CurrentUser user) {
        BodyView b = requireEditable(bodyId, user);
        MemberView m = read.members(bodyId).stream().filter(x -> x.id() == memberId).findFirst().orElseThrow(
                () -> new NotFoundException("No existe el integrante " + memberId + " en " + b.name() + "."));
        repository.deactivateMember(memberId);
        audit.record("DELETE", "gov_member", memberId, b.jurisdictionId(),
                "Integrante " + m.position() + " retirado de " + b.name(), m, null);
    }

    /** Schedules the sessions the periodicity gives between two dates; skips dates that already have a session. */
    @Transactional
    public int generateCalendar(long bodyId, CalendarForm f, CurrentUser user) {
        BodyView b = requireEditable(bodyId, user);
        List<FieldError> errors = validation.shape(f);
        if (f.from() != null && f.until() != null && f.until().isBefore(f.from())) {
            errors.add(new FieldError("until", "La fecha final es anterior a la primera sesión."));
        } else if (f.from() != null && f.until() != null && f.until().isAfter(f.from().plusYears(2))) {
            errors.add(new FieldError("until", "El calendario se genera por dos años como máximo."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return scheduling.calendar(b, f);
    }
}
