package org.minga.attention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.attention.Setting;
import org.minga.attention.internal.AttentionReadModel.Criteria;
import org.minga.attention.internal.domain.Attention;
import org.minga.attention.internal.domain.AttentionMode;
import org.minga.household.Households;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Times;
import org.minga.platform.ValidationException;
import org.minga.privacy.PersonalRecord;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records attentions (checks the command against the territory, the person and the team, lets {@link Attention}
 * take it, saves and audits it) and answers lists and counts by setting, territory and month within the user's
 * scope.
 */
@Service
@RequiredArgsConstructor
class AttentionService {

    record AttentionCommand(String setting, String mode, LocalDate attendedOn, Long territoryId, String territoryCode,
            Long fieldTeamId, String actorName, Long serviceId, String serviceName,
            Integer participantCount, Long personId, Long householdId, List<Long> participantIds,
            String notes) {

        Attention.Facts facts(AttentionMode mode) {
            return new Attention.Facts(mode, attendedOn, fieldTeamId, actorName, serviceId, serviceName,
                    participantCount, personId, householdId, participantIds, notes);
        }
    }

    record AttentionView(long id, long jurisdictionId, Setting setting, AttentionMode mode, LocalDate attendedOn,
            long territoryId, String territoryName, Long fieldTeamId, String actorName, Long serviceId,
            String serviceName, int participantCount, Long personId, Long householdId, List<Long> participantIds,
            String notes, String createdBy, int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, jurisdictionId).household(householdId, jurisdictionId);
            if (participantIds != null) {
                participantIds.forEach(p -> s.person(p, jurisdictionId));
            }
        }
    }

    record Count(Setting setting, String territory, String month, long attentions, long participants) {
    }

    record Filter(Long jurisdictionId, String setting, Long territoryId, LocalDate from, LocalDate to) {
    }

    private final AttentionRepository repository;
    private final AttentionReadModel read;
    private final Territories territories;
    private final Jurisdictions jurisdictions;
    private final Households households;
    private final AuditLog audit;
    private final Labels labels;

    @Transactional
    AttentionView create(AttentionCommand c, String jurisdictionCode, CurrentUser user) {
        if (!AccessPolicy.holds(user.role(), Capability.RECORD_PERSONAL_DATA)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no registra atenciones.");
        }
        List<FieldError> errors = new ArrayList<>();
        Setting setting = Setting.parse(c.setting());
        if (setting == null) {
            errors.add(new FieldError("setting",
                    "El entorno debe ser hogar, educativo, laboral, institucional o comunitario."));
        }
        AttentionMode mode = AttentionMode.parse(c.mode()).orElse(null);
        if (mode == null) {
            errors.add(new FieldError("mode", "Indique si la atención es INDIVIDUAL o COLECTIVA."));
        }
        Households.PersonRef person = c.personId() == null ? null : households.requireUsablePerson(c.personId(), user);
        TerritoryView t = territory(c, person, jurisdictionCode, user, errors);
        if (person != null && t != null && person.jurisdictionId() != t.jurisdictionId()) {
            errors.add(new FieldError("personId", "La persona es de otra jurisdicción."));
        }
        if (c.householdId() != null) {
            households.requireVisibleHousehold(c.householdId(), user);
        }
        if (c.fieldTeamId() != null && t != null
                && households.fieldTeam(t.jurisdictionId(), c.fieldTeamId()).isEmpty()) {
            errors.add(
                    new FieldError("fieldTeamId", "El equipo " + c.fieldTeamId() + " no existe en la jurisdicción."));
        }
        LocalDate today = t == null ? Times.todayHere()
                : LocalDate.now(jurisdictions.byId(t.jurisdictionId()).orElseThrow().zoneId());
        Attention.Facts facts = c.facts(mode);
        errors.addAll(Attention.problems(facts, today));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        facts.participantIds().forEach(pid -> households.requireUsablePerson(pid, user));
        Attention saved = repository.save(Attention.record(
                new Attention.Place(t.jurisdictionId(), t.id(), t.path()), setting, facts, today, user.username()));
        AttentionView v = get(saved.id().value());
        audit.record("CREATE", "Attention", v.id(), t.jurisdictionId(), "Atención "
                + mode.name().toLowerCase(java.util.Locale.ROOT) + " en entorno " + labels.spanish(setting) + " ("
                + t.name() + ")", null, v);
        return v;
    }

    /** Where the attention happened: the territory given, by id or code, else the person's; null with a problem. */
    private TerritoryView territory(AttentionCommand c, Households.PersonRef person, String jurisdictionCode,
            CurrentUser user, List<FieldError> errors) {
        TerritoryView t = null;
        if (c.territoryId() != null) {
            t = territories.byId(c.territoryId()).orElse(null);
        } else if (c.territoryCode() != null && !c.territoryCode().isBlank()) {
            Jurisdiction j = jurisdiction(jurisdictionCode, user);
            t = territories.byCode(j.id(), c.territoryCode().strip()).orElse(null);
        } else if (person != null) {
            t = territories.byId(person.territoryId()).orElse(null);
        }
        if (t == null) {
            errors.add(new FieldError("territoryId", "Indique un territorio que exista."));
        } else if (!territories.scopeOf(user, Capability.READ_PERSONAL_DATA).includes(t.jurisdictionId(), t.path())) {
            errors.add(new FieldError("territoryId",
                    "El territorio " + t.name() + " está fuera de su alcance territorial."));
        }
        return t;
    }

    AttentionView get(long id, CurrentUser user) {
        AttentionView v = get(id);
        TerritoryView t = territories.byId(v.territoryId()).orElseThrow();
        if (!territories.scopeOf(user, Capability.READ_PERSONAL_DATA).includes(t.jurisdictionId(), t.path())) {
            throw new ForbiddenException("La atención " + id + " está fuera de su alcance territorial.");
        }
        return v;
    }

    private AttentionView get(long id) {
        return read.byId(id).orElseThrow(() -> new NotFoundException("La atención " + id + " no existe."));
    }

    /** A filter checked against the user's scope: a setting that exists, a territory the user sees. */
    private Criteria criteria(Filter f, CurrentUser user) {
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        Setting setting = null;
        if (f.setting() != null && !f.setting().isBlank()) {
            setting = Setting.parse(f.setting());
            if (setting == null) {
                throw new ValidationException("setting", "El entorno '" + f.setting() + "' no existe.");
            }
        }
        String path = f.territoryId() == null ? null : territories.requireVisible(f.territoryId(), user).path();
        return new Criteria(scope.likePattern(),
                scope.jurisdictionId() != null ? scope.jurisdictionId() : f.jurisdictionId(), setting, path, f.from(),
                f.to());
    }

    PageResult<AttentionView> list(Filter f, CurrentUser user, PageRequest page) {
        return read.list(criteria(f, user), page);
    }

    /** Counts by setting, by the territory at {@code level} (e.g. localidad) and by month. */
    List<Count> counts(Filter f, String level, CurrentUser user) {
        return read.counts(criteria(f, user), level);
    }

    Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }
}
