package org.minga.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryView;
import org.minga.training.internal.TrainingViews.ProgrammeView;
import org.minga.training.internal.TrainingViews.SessionRow;
import org.minga.training.internal.domain.Audience;
import org.minga.training.internal.domain.CompletionRule;
import org.minga.training.internal.domain.Modality;
import org.minga.training.internal.domain.ProgrammeTerritory;
import org.minga.training.internal.domain.TrainingProgramme;
import org.minga.training.internal.domain.TrainingSession;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans training programmes (the command checked against the catalogue and the territory, then let
 * {@link TrainingProgramme} take it), moves them through their states, and holds their sessions. Thin: the rules are
 * the aggregates'.
 */
@Service
@RequiredArgsConstructor
class TrainingPlanning {

    /**
     * A programme as the form and the API send it; capacities by code, audience and modality by code or words;
     * where it takes place as {@code territories} (codes or names, the first the lead one) or, as before, one
     * {@code territory}. Serializable: a refused form goes back to its page as a flash attribute, kept in the session
     * store.
     */
    record ProgrammeCommand(String jurisdiction, String territory, String code, String name, String objective,
            String audience, String accompanies, String accompaniedRecord, String responsibleActor, String modality,
            BigDecimal plannedHours, BigDecimal budget, Integer minAttendancePercent, BigDecimal passingScore,
            List<String> capacities, List<String> territories) implements java.io.Serializable {

        /** The territories named, the single {@code territory} first when both are given. */
        public List<String> named() {
            List<String> all = new ArrayList<>();
            if (territory != null && !territory.isBlank()) {
                all.add(territory);
            }
            if (territories != null) {
                territories.stream().filter(t -> t != null && !t.isBlank())
                        .flatMap(t -> java.util.Arrays.stream(t.split(","))).map(String::strip)
                        .filter(t -> !t.isEmpty()).forEach(all::add);
            }
            return all;
        }
    }

    /** A session as the form and the API send it. */
    record SessionCommand(Long programmeId, LocalDate heldOn, BigDecimal hours, String place, String link,
            String facilitators,
            String materials) {
    }

    private final TrainingProgrammeRepository programmes;
    private final TrainingSessionRepository sessions;
    private final TrainingReadModel read;
    private final CapacityReadModel capacities;
    private final TrainingAccess access;
    private final AuditLog audit;
    private final AccompaniedRecords accompanied;

    @Transactional
    ProgrammeView plan(ProgrammeCommand c, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(c.jurisdiction(), user);
        List<TerritoryView> where = c.territories() != null && c.territories().stream().anyMatch(
                t -> t != null && !t.isBlank()) ? access.managedTerritories(j, c.named(), user)
                        : List.of(access.managedTerritory(j, c.territory(), user));
        TrainingProgramme.Plan plan = checked(c, j);
        TrainingProgramme saved;
        try {
            saved = programmes.save(TrainingProgramme.plan(new TrainingProgramme.Place(j.id(),
                    where.stream().map(t -> new ProgrammeTerritory(t.id(), t.path())).toList()), plan,
                    user.username()));
        } catch (DuplicateKeyException e) {
            throw new ValidationException("code", "Ya existe un programa con el código " + c.code().strip() + ".");
        }
        ProgrammeView v = read.programme(saved.id().value()).orElseThrow();
        audit.record("CREATE", "TrainingProgramme", v.id(), j.id(), "Programa de formación " + v.code(), null, v);
        return v;
    }

    /**
     * Changes a planned or open programme (its jurisdiction and code stay; its territories change when the command
     * names some, each one the user manages); the aggregate refuses a closed one.
     */
    @Transactional
    ProgrammeView revise(long id, ProgrammeCommand c, CurrentUser user) {
        TrainingProgramme p = managed(id, user);
        ProgrammeView before = read.programme(id).orElseThrow();
        Jurisdiction j = access.jurisdictionById(p.jurisdictionId());
        TrainingProgramme.Plan plan = checked(new ProgrammeCommand(c.jurisdiction(), c.territory(), p.code(),
                c.name(), c.objective(), c.audience(), c.accompanies(), c.accompaniedRecord(), c.responsibleActor(),
                c.modality(),
                c.plannedHours(), c.budget(), c.minAttendancePercent(), c.passingScore(), c.capacities(),
                c.territories()), j);
        p.revise(plan);
        if (c.named().stream().anyMatch(t -> !t.isBlank())) { // no territories given: they stay as they are
            p.relocate(new TrainingProgramme.Place(j.id(), access.managedTerritories(j, c.named(), user).stream()
                    .map(t -> new ProgrammeTerritory(t.id(), t.path())).toList()));
        }
        programmes.save(p);
        ProgrammeView v = read.programme(id).orElseThrow();
        audit.record("UPDATE", "TrainingProgramme", id, p.jurisdictionId(), "Programa de formación " + v.code(),
                before, v);
        return v;
    }

    /** The plan a command describes, checked against the jurisdiction's catalogue; refused with every broken rule. */
    private TrainingProgramme.Plan checked(ProgrammeCommand c, Jurisdiction j) {
        List<FieldError> errors = new ArrayList<>();
        Audience audience = parse(Audience.class, c.audience(), "audience", "la audiencia", errors);
        Modality modality = parse(Modality.class, c.modality(), "modality", "la modalidad", errors);
        Set<Long> capacityIds = new LinkedHashSet<>();
        for (String code : c.capacities() == null ? List.<String>of() : c.capacities()) {
            if (code != null && !code.isBlank()) {
                capacities.capacityId(j.id(), code.strip()).ifPresentOrElse(capacityIds::add,
                        () -> errors.add(new FieldError("capacities", "No existe la capacidad «" + code.strip()
                                + "» en el catálogo de " + j.name() + ".")));
            }
        }
        CompletionRule rule = null;
        try {
            rule = new CompletionRule(c.minAttendancePercent() == null ? 80 : c.minAttendancePercent(),
                    c.passingScore());
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        TrainingProgramme.Accompanied record = accompanied.parse(c.accompaniedRecord(), j, errors);
        TrainingProgramme.Plan plan = new TrainingProgramme.Plan(c.code(), c.name(), c.objective(), audience,
                c.accompanies(), record, c.responsibleActor(), modality, c.plannedHours(), c.budget(), rule,
                capacityIds);
        errors.addAll(TrainingProgramme.problems(plan));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return plan;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String what,
            List<FieldError> errors) {
        E e = Labels.read(type, text).orElse(null);
        if (e == null) {
            errors.add(new FieldError(field, "Indique " + what + ": " + Labels.allowedWords(type) + "."));
        }
        return e;
    }

    @Transactional
    ProgrammeView open(long id, CurrentUser user) {
        return move(id, user, TrainingProgramme::open, "OPEN", "abierto");
    }

    @Transactional
    ProgrammeView close(long id, CurrentUser user) {
        return move(id, user, TrainingProgramme::close, "CLOSE", "cerrado");
    }

    /** Makes one of the programme's transitions (the aggregate refuses an illegal one), saves and audits it. */
    private ProgrammeView move(long id, CurrentUser user, java.util.function.Consumer<TrainingProgramme> transition,
            String action, String done) {
        TrainingProgramme p = managed(id, user);
        transition.accept(p);
        programmes.save(p);
        audit.record(action, "TrainingProgramme", id, p.jurisdictionId(), "Programa " + p.code() + " " + done, null,
                null);
        return read.programme(id).orElseThrow();
    }

    @Transactional
    SessionRow holdSession(SessionCommand c, CurrentUser user) {
        if (c.programmeId() == null) {
            throw new ValidationException("programmeId", "Indique el programa de la sesión.");
        }
        TrainingProgramme p = managed(c.programmeId(), user);
        TrainingSession s = sessions.save(TrainingSession.hold(p, new TrainingSession.Details(c.heldOn(), c.hours(),
                c.place(), c.link(), c.facilitators(), c.materials())));
        audit.record("CREATE", "TrainingSession", s.id().value(), p.jurisdictionId(),
                "Sesión del programa " + p.code() + " el " + c.heldOn(), null, null);
        return read.session(s.id().value()).orElseThrow();
    }

    /** The programme, refused unless the user manages its territory. */
    TrainingProgramme managed(long id, CurrentUser user) {
        TrainingProgramme p = programmes.findById(id)
                .orElseThrow(() -> new NotFoundException("El programa de formación " + id + " no existe."));
        access.requireReadable(p.jurisdictionId(), p.territoryPaths(), user, "El programa de formación " + id);
        access.requireManaged(p.jurisdictionId(), p.territoryPaths(), user);
        return p;
    }
}
