package org.minga.actor.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.internal.domain.Alliance;
import org.minga.actor.internal.domain.AllianceMember;
import org.minga.actor.internal.domain.AllianceScope;
import org.minga.actor.internal.domain.AllianceStatus;
import org.minga.platform.AccessScope;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and changes alliances between actors (who, for what, when, and what each one contributes): checks the
 * form, lets {@link Alliance} take the description, saves and audits it.
 */
@Service
@RequiredArgsConstructor
public class AllianceService {

    private static final String STALE = "Otra persona modificó esta alianza mientras usted la editaba. Recargue y vuelva a intentar.";

    static final String ENTITY = "alliance";

    private final AllianceRepository repository;
    private final AllianceReadModel read;
    private final Validator validator;
    private final AuditLog audit;
    private final Territories territories;
    private final ActorService actors;
    private final Labels labels;

    public record AllianceView(long id, long jurisdictionId, String code, String name, String purpose,
            AllianceScope scope, String scopeLabel, Long territoryId, String territoryName, LocalDate startDate,
            LocalDate endDate, AllianceStatus status, List<MemberView> members, int version) {
    }

    public record MemberView(long actorId, String actorCode, String actorName, String contribution) {
    }

    public Optional<AllianceView> byId(long id) {
        return read.byId(id);
    }

    public AllianceView requireVisible(long id, CurrentUser user) {
        AccessScope scope = territories.scopeOf(user);
        return byId(id).filter(a -> scope.includesOrAbove(a.jurisdictionId(), pathOf(a)))
                .orElseThrow(() -> new NotFoundException("No existe la alianza " + id + "."));
    }

    private String pathOf(AllianceView a) {
        return a.territoryId() == null ? null : territories.byId(a.territoryId()).map(TerritoryView::path).orElse(null);
    }

    /** Alliances of the user's subtree, of the territories above it and of the whole jurisdiction. */
    public PageResult<AllianceView> list(long jurisdictionId, String query, AccessScope scope, PageRequest page) {
        return read.list(jurisdictionId, query, scope, page);
    }

    @Transactional
    public AllianceView create(AllianceForm form, CurrentUser user) {
        Jurisdiction j = actors.editable(form.jurisdiction(), user);
        Valid v = validate(form, j, user, null);
        long id = repository.save(new Alliance(j.id(), v.description(form), Instant.now())).id().value();
        AllianceView created = byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, id, j.id(), "Alianza " + created.name() + " registrada", null, created);
        return created;
    }

    @Transactional
    public AllianceView update(long id, AllianceForm form, CurrentUser user) {
        AllianceView before = requireVisible(id, user);
        Jurisdiction j = actors.editable(before.jurisdictionId(), user);
        int version = Revisions.requireVersion(form.version());
        Valid v = validate(form, j, user, before);
        Revisions.revise(repository, id, version, alliance -> alliance.describe(v.description(form), Instant.now()),
                STALE);
        AllianceView after = byId(id).orElseThrow();
        audit.record("UPDATE", ENTITY, id, j.id(), "Alianza " + after.name() + " modificada", before, after);
        return after;
    }

    boolean upsert(AllianceForm form, Jurisdiction j, CurrentUser user) {
        Optional<Long> existing = read.idOf(j.id(), form.code());
        if (existing.isEmpty()) {
            create(form, user);
        } else {
            AllianceView a = byId(existing.get()).orElseThrow();
            update(a.id(), new AllianceForm(form.jurisdiction(), form.code(), form.name(), form.purpose(), form.scope(),
                    form.territory(), form.startDate(), form.endDate(), form.status(), form.members(), a.version()),
                    user);
        }
        return true;
    }

    /** A form's references, resolved. */
    record Valid(AllianceScope scope, TerritoryView territory, AllianceStatus status, List<AllianceMember> members) {

        Alliance.Description description(AllianceForm f) {
            Alliance.Place place = territory == null ? Alliance.Place.JURISDICTION
                    : new Alliance.Place(territory.id(), territory.path());
            return new Alliance.Description(f.code(), f.name(), f.purpose(), scope, place, f.startDate(),
                    f.endDate(), status, members);
        }
    }

    Valid validate(AllianceForm form, Jurisdiction j, CurrentUser user, AllianceView existing) {
        List<FieldError> errors = Violations.of(validator, form);
        AllianceScope scope = labels.parse(AllianceScope.class, form.scope()).orElse(null);
        if (scope == null) {
            errors.add(new FieldError("scope", "Indique si la alianza es interna (entre dependencias) o externa."));
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            errors.add(new FieldError("endDate", "La fecha de fin no puede ser anterior a la de inicio."));
        }
        String said = form.status() == null || form.status().isBlank() ? AllianceStatus.ACTIVE.name() : form.status();
        AllianceStatus status = labels.parse(AllianceStatus.class, said).or(() -> AllianceStatus.shortForm(said))
                .orElse(null);
        if (status == null) {
            errors.add(new FieldError("status",
                    "El estado '" + form.status() + "' no es válido: use activa, finalizada o suspendida."));
        }
        TerritoryView territory = form.territory() == null || form.territory().isBlank() ? null
                : territoryInScope(territories, form.territory(), j, user, errors);
        List<AllianceMember> members = members(form, j, errors);
        if (form.code() != null && !form.code().isBlank()) {
            Optional<Long> same = read.idOf(j.id(), form.code());
            if (same.isPresent() && (existing == null || same.get() != existing.id())) {
                errors.add(
                        new FieldError("code", "Ya existe una alianza con el código '" + form.code().strip() + "'."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Valid(scope, territory, status, members);
    }

    private List<AllianceMember> members(AllianceForm form, Jurisdiction j, List<FieldError> errors) {
        List<AllianceMember> members = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean wrong = false;
        for (AllianceForm.Member m : form.members()) {
            if (m == null || m.actor() == null || m.actor().isBlank()) {
                continue;
            }
            Optional<ActorSummary> a = actors.byCode(j.id(), m.actor());
            if (a.isEmpty()) {
                wrong = true;
                errors.add(new FieldError("members",
                        "No existe un actor con el código '" + m.actor().strip() + "' en " + j.name() + "."));
            } else if (seen.add(a.get().id())) {
                if (m.contribution() != null && m.contribution().length() > 1000) {
                    wrong = true;
                    errors.add(new FieldError("members",
                            "El aporte de " + a.get().name() + " admite máximo 1000 caracteres."));
                } else {
                    members.add(new AllianceMember(a.get().id(), m.contribution()));
                }
            }
        }
        if (members.size() < 2 && !wrong) {
            errors.add(new FieldError("members", "Una alianza reúne al menos dos actores distintos."));
        }
        return members;
    }

    /** The territory of a code in the user's scope of the jurisdiction, or null with the problem added. */
    static TerritoryView territoryInScope(Territories territories, String code, Jurisdiction j, CurrentUser user,
            List<FieldError> errors) {
        Optional<TerritoryView> t = territories.byCode(j.id(), code.strip());
        if (t.isEmpty() || !territories.scopeOf(user).includes(t.get().jurisdictionId(), t.get().path())) {
            errors.add(new FieldError("territory", "No existe el territorio con código '" + code.strip()
                    + "' en su alcance de " + j.name() + "."));
            return null;
        }
        return t.get();
    }
}
