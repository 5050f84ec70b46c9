package org.minga.governance.internal;

import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.BodyReadModel.MemberView;
import org.minga.governance.internal.CommitmentForms.CommitmentForm;
import org.minga.governance.internal.CommitmentReadModel.CommitmentView;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.governance.internal.domain.Commitment;
import org.minga.governance.internal.domain.CommitmentEvents.CommitmentAssigned;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.UserAccounts;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates commitments: checks the form's shape, resolves its references (session of the body, member, actors, Minga
 * user, due date in business days), lets {@link Commitment} start, saves it and publishes {@link CommitmentAssigned}.
 */
@Service
@RequiredArgsConstructor
class CommitmentCreation {

    /** The references of a form, resolved against the body, the actors and the users. */
    private record Parties(SessionView session, MemberView member, ActorSummary actor, Long userId,
            Set<ActorSummary> co) {
    }

    private final CommitmentRepository commitments;
    private final CommitmentReadModel read;
    private final CommitmentCalendar calendar;
    private final BodyService bodies;
    private final SessionService sessions;
    private final Access access;
    private final Actors actors;
    private final UserAccounts users;
    private final AuditLog audit;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    @Transactional
    public CommitmentView create(CommitmentForm f, CurrentUser user) {
        List<FieldError> errors = Violations.of(validator, f);
        if (f.bodyId() == null) {
            throw new ValidationException(errors);
        }
        BodyView b = bodies.requireVisible(f.bodyId(), user);
        access.requireEditor(user, b.jurisdictionId(), b.territoryPath(), "los compromisos de " + b.name());
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        Parties p = parties(f, b, j, errors);
        LocalDate due = f.dueDate();
        if (f.dueInBusinessDays() != null && f.dueInBusinessDays() >= 1 && f.dueInBusinessDays() <= 400) {
            LocalDate from = p.session() != null ? p.session().startsAt().toLocalDate() : CommitmentCalendar.today(j);
            due = CommitmentCalendar.businessDays(j).add(from, f.dueInBusinessDays());
        }
        if (due == null) {
            errors.add(new FieldError("dueDate", "Indique la fecha límite o el plazo en días hábiles."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Set<String> sectors = new LinkedHashSet<>();
        p.actor().sectors().forEach(s -> sectors.add(s.name()));
        p.co().forEach(a -> a.sectors().forEach(s -> sectors.add(s.name())));
        String person = Gov.blank(f.responsiblePerson()) != null ? f.responsiblePerson()
                : p.member() == null ? null : p.member().personName();
        Commitment c = commitments.save(Commitment.create(new Commitment.Draft(j.id(), b.id(),
                p.session() == null ? null : p.session().id(), b.territoryPath(), f.title(), f.description(),
                new Commitment.Responsible(p.actor().id(), p.member() == null ? null : p.member().id(), person,
                        p.userId()),
                f.strategicGoal(), List.copyOf(sectors), due), calendar.cutoff(j.id()), Instant.now()));
        long id = c.id().value();
        commitments.addCoResponsible(id,
                p.co().stream().map(ActorSummary::id).filter(a -> a != p.actor().id()).toList());
        CommitmentView view = read.byId(id).orElseThrow();
        audit.record("CREATE", "gov_commitment", id, j.id(), "Compromiso de " + b.name() + ": " + view.title(), null,
                view);
        events.publishEvent(new CommitmentAssigned(c.id(), j.id(), c.title(), b.name(), c.responsibleUserId(), due));
        return view;
    }

    /** Session, member, responsible actor and user, co-responsible actors; what is wrong goes to {@code errors}. */
    private Parties parties(CommitmentForm f, BodyView b, Jurisdiction j, List<FieldError> errors) {
        SessionView session = null;
        if (f.sessionId() != null) {
            session = sessions.byId(f.sessionId()).filter(s -> s.bodyId() == b.id()).orElse(null);
            if (session == null) {
                errors.add(new FieldError("sessionId", "La sesión " + f.sessionId() + " no es de " + b.name() + "."));
            } else if (session.closed()) {
                throw SessionService.closed(session);
            }
        }
        MemberView member = null;
        if (f.responsibleMemberId() != null) {
            member = bodies.members(b.id()).stream().filter(m -> m.id() == f.responsibleMemberId()).findFirst()
                    .orElse(null);
            if (member == null) {
                errors.add(new FieldError("responsibleMemberId",
                        "El integrante " + f.responsibleMemberId() + " no es de " + b.name() + "."));
            }
        }
        ActorSummary actor = null;
        if (Gov.blank(f.responsibleActorCode()) != null) {
            actor = actors.named(j.id(), f.responsibleActorCode())
                    .orError("responsibleActorCode", "el actor responsable", errors).orElse(null);
        } else if (member != null) {
            actor = actors.byId(member.actorId()).orElse(null);
        } else {
            errors.add(new FieldError("responsibleActorCode",
                    "Indique el actor responsable (o un integrante de la instancia)."));
        }
        Long userId = member == null ? null : member.userId();
        if (Gov.blank(f.responsibleUsername()) != null) {
            userId = users.enabledIdOf(f.responsibleUsername().strip()).orElse(null);
            if (userId == null) {
                errors.add(new FieldError("responsibleUsername",
                        "No existe el usuario de Minga " + f.responsibleUsername().strip() + "."));
            }
        }
        Set<ActorSummary> co = new LinkedHashSet<>();
        for (String code : f.coResponsibleActorCodes() == null ? List.<String>of() : f.coResponsibleActorCodes()) {
            if (Gov.blank(code) != null) {
                actors.named(j.id(), code).orError("coResponsibleActorCodes", "el actor corresponsable", errors)
                        .ifPresent(co::add);
            }
        }
        return new Parties(session, member, actor, userId, co);
    }
}
