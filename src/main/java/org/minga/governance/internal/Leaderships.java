package org.minga.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import org.minga.actor.Actors;
import org.minga.governance.internal.Gov.LeadershipStepKind;
import org.minga.governance.internal.LeadershipReadModel.LeadershipRow;
import org.minga.governance.internal.LeadershipReadModel.StepRow;
import org.minga.governance.internal.domain.Leadership;
import org.minga.household.Households;
import org.minga.household.Households.PersonRef;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory of community leaderships participation managers keep (seed 004): recognising a leader (a household
 * person whose data may be used), their trajectory, new leaderships promoted, stepping down. The person is read
 * through household each time, so its privacy rules and the access log apply; one no longer usable is left out.
 */
@Service
@RequiredArgsConstructor
public class Leaderships {

    public record LeadershipForm(Long personId, String organizationCode, String field, LocalDate since,
            Boolean emerging) {
    }

    public record StepForm(String kind, String name, LocalDate onDate, Integer version) {
    }

    /** A leader as people read them: the person (household's), the record and the trajectory. */
    public record LeadershipView(PersonRef person, LeadershipRow leadership, List<StepRow> trajectory) {
    }

    private final LeadershipRepository repository;
    private final LeadershipReadModel read;
    private final Households households;
    private final Actors actors;
    private final Access access;
    private final AuditLog audit;
    private final Labels labels;

    /** The inventory the user sees (only the new leaderships promoted when asked), persons still usable. */
    public List<LeadershipView> list(Jurisdiction j, CurrentUser user, boolean emergingOnly) {
        List<LeadershipView> out = new ArrayList<>();
        for (LeadershipRow r : read.list(j.id(), access.prefix(user), emergingOnly)) {
            households.usablePerson(r.personId()).filter(p -> readable(user, p))
                    .ifPresent(p -> out.add(new LeadershipView(p, r, List.of())));
        }
        return out;
    }

    public LeadershipView detail(long id, CurrentUser user) {
        LeadershipRow r = access.requireVisible(read.byId(id), user, "el liderazgo " + id);
        PersonRef p = households.usablePerson(r.personId()).filter(x -> readable(user, x))
                .orElseThrow(() -> new NotFoundException("No existe el liderazgo " + id + "."));
        return new LeadershipView(p, r, read.steps(id));
    }

    /** A leader is a person: shown only to who may read that person's data. */
    private boolean readable(CurrentUser user, PersonRef p) {
        return access.readsPerson(user, p.jurisdictionId(), p.territoryPath());
    }

    @Transactional
    public LeadershipView recognise(LeadershipForm f, CurrentUser user) {
        if (f.personId() == null) {
            throw new ValidationException("personId", "Indique la persona (de Hogares y personas) que lidera.");
        }
        PersonRef p = households.requireUsablePerson(f.personId(), user);
        access.requireEditor(user, p.jurisdictionId(), p.territoryPath(), "liderazgos de ese territorio");
        List<FieldError> errors = new ArrayList<>();
        Long organization = null;
        if (Gov.blank(f.organizationCode()) != null) {
            organization = actors.named(p.jurisdictionId(), f.organizationCode())
                    .orError("organizationCode", "la organización", errors).map(a -> a.id()).orElse(null);
        }
        if (read.ofPerson(p.jurisdictionId(), p.id()).isPresent()) {
            errors.add(new FieldError("personId", "La persona ya está en el inventario de liderazgos."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate today = LocalDate.now(access.jurisdiction(p.jurisdictionId()).zoneId());
        Leadership l = Leadership.recognise(new Leadership.Draft(p.jurisdictionId(), p.id(), p.territoryId(),
                p.territoryPath(), organization, f.field(), f.since(), Boolean.TRUE.equals(f.emerging())), today,
                Instant.now());
        long id = repository.save(l).id().value();
        audit.record("CREATE", "gov_leadership", id, p.jurisdictionId(), "Liderazgo de la persona " + p.id()
                + " en el inventario" + (Boolean.TRUE.equals(f.emerging()) ? " (nuevo liderazgo promovido)" : ""),
                null, null);
        return detail(id, user);
    }

    @Transactional
    public LeadershipView addStep(long id, StepForm f, CurrentUser user) {
        LeadershipRow r = requireEditable(id, user);
        LeadershipStepKind kind = labels.parse(LeadershipStepKind.class, f.kind()).orElse(null);
        LocalDate today = LocalDate.now(access.jurisdiction(r.jurisdictionId()).zoneId());
        change(id, f.version(), l -> l.addStep(new Leadership.Step(kind, f.name(), f.onDate()), today,
                f.version(), Instant.now()));
        audit.record("UPDATE", "gov_leadership", id, r.jurisdictionId(), "Trayectoria del liderazgo " + id + ": "
                + f.name(), null, null);
        return detail(id, user);
    }

    @Transactional
    public LeadershipView retire(long id, Integer version, CurrentUser user) {
        LeadershipRow r = requireEditable(id, user);
        change(id, version, l -> l.retire(version, Instant.now()));
        audit.record("UPDATE", "gov_leadership", id, r.jurisdictionId(), "Liderazgo " + id + " retirado", null,
                null);
        return detail(id, user);
    }

    private LeadershipRow requireEditable(long id, CurrentUser user) {
        LeadershipRow r = access.requireVisible(read.byId(id), user, "el liderazgo " + id);
        access.requireEditor(user, r.jurisdictionId(), r.territoryPath(), "el liderazgo " + id);
        return r;
    }

    private void change(long id, Integer version, Consumer<Leadership> move) {
        if (version == null) {
            throw new ValidationException("version", "Falta la versión del liderazgo que se vio.");
        }
        Leadership l = repository.findById(id).orElseThrow();
        move.accept(l);
        try {
            repository.save(l);
        } catch (OptimisticLockingFailureException e) {
            throw Leadership.stale();
        }
    }
}
