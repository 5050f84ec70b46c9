package org.minga.actor.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.actor.internal.domain.Actor;
import org.minga.actor.internal.domain.ActorTerritory;
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
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and changes actors: checks the form against the jurisdiction (type, sectors, parent, territories,
 * code), lets {@link Actor} take the description, saves it (optimistic locking on its version) and audits it.
 */
@Service
@RequiredArgsConstructor
public class ActorService {

    private static final String STALE = "Otra persona modificó este actor mientras usted lo editaba. Recargue y vuelva a intentar.";

    static final String ENTITY = "actor";

    private final ActorRepository repository;
    private final ActorReadModel read;
    private final ActorQueries queries;
    private final Validator validator;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final Labels labels;

    /** Roles that manage the territory (not read-only, not evaluators) register actors of their jurisdiction. */
    public static boolean canEdit(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_ACTORS_AND_OFFER, jurisdictionId);
    }

    Optional<ActorSummary> byCode(long jurisdictionId, String code) {
        return read.byCode(jurisdictionId, code);
    }

    @Transactional
    public ActorSummary create(ActorForm form, CurrentUser user) {
        Jurisdiction j = editable(form.jurisdiction(), user);
        Valid v = validate(form, j, user, null);
        Actor actor = repository.save(new Actor(j.id(), v.description(form), labels.spanish(v.type()), v.where(),
                Instant.now()));
        long id = actor.id().value();
        ActorSummary created = read.byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, id, j.id(), "Actor " + created.name() + " registrado", null,
                snapshot(created, v.territories()));
        return created;
    }

    @Transactional
    public ActorSummary update(long id, ActorForm form, CurrentUser user) {
        ActorSummary before = queries.requireVisible(id, user);
        Jurisdiction j = editable(before.jurisdictionId(), user);
        requireScopeCovers(user, id);
        int version = Revisions.requireVersion(form.version());
        List<String> beforeTerritories = read.territoryCodes(id);
        Valid v = validate(form, j, user, before);
        Revisions.revise(repository, id, version,
                actor -> actor.describe(v.description(form), labels.spanish(v.type()), v.where(), Instant.now()),
                STALE);
        ActorSummary after = read.byId(id).orElseThrow();
        audit.record("UPDATE", ENTITY, id, j.id(), "Actor " + after.name() + " modificado",
                new Snapshot(before, beforeTerritories), snapshot(after, v.territories()));
        return after;
    }

    /** Creates or updates by code, for the import (rows already validated, user authorised). */
    boolean upsert(ActorForm form, Jurisdiction j, CurrentUser user) {
        Optional<ActorSummary> existing = byCode(j.id(), form.code());
        if (existing.isEmpty()) {
            create(form, user);
            return true;
        }
        ActorForm withVersion = new ActorForm(form.jurisdiction(), form.code(), form.name(), form.acronym(),
                form.type(), form.parent(), form.sectors(), form.territories(), form.description(), form.website(),
                form.email(), form.phone(), form.status(), existing.get().version());
        update(existing.get().id(), withVersion, user);
        return true;
    }

    /** A form's references, resolved. */
    record Valid(ActorType type, Long parentId, List<Sector> sectors, List<TerritoryView> territories,
            boolean active) {

        Actor.Description description(ActorForm f) {
            return new Actor.Description(f.code(), f.name(), f.acronym(), type, parentId, sectors, f.description(),
                    f.website(), f.email(), f.phone(), active);
        }

        List<ActorTerritory> where() {
            return territories.stream().map(t -> new ActorTerritory(t.id(), t.path())).toList();
        }
    }

    /** Checks a form without storing anything; every problem is reported with its field. */
    Valid validate(ActorForm form, Jurisdiction j, CurrentUser user, ActorSummary existing) {
        List<FieldError> errors = Violations.of(validator, form);
        Optional<ActorType> type = labels.parse(ActorType.class, form.type());
        if (type.isEmpty()) {
            errors.add(new FieldError("type", form.type() == null || form.type().isBlank()
                    ? "El tipo de actor es obligatorio."
                    : "El tipo de actor '" + form.type() + "' no existe; use uno de: " + ActorType.allowed() + "."));
        }
        List<Sector> sectors = sectors(form, errors);
        Long parentId = parent(form, j, existing, errors);
        List<TerritoryView> where = territories(form, j, user, errors);
        Boolean active = parseStatus(form.status());
        if (active == null) {
            errors.add(
                    new FieldError("status", "El estado '" + form.status() + "' no es válido: use activo o inactivo."));
        }
        if (form.code() != null && !form.code().isBlank()) {
            Optional<ActorSummary> same = byCode(j.id(), form.code());
            if (same.isPresent() && (existing == null || same.get().id() != existing.id())) {
                errors.add(new FieldError("code",
                        "Ya existe un actor con el código '" + form.code().strip() + "' en " + j.name() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Valid(type.get(), parentId, sectors, where, active);
    }

    private List<Sector> sectors(ActorForm form, List<FieldError> errors) {
        List<Sector> sectors = new ArrayList<>();
        boolean wrong = false;
        for (String s : splitAll(form.sectors())) {
            Optional<Sector> sector = labels.parse(Sector.class, s);
            if (sector.isEmpty()) {
                wrong = true;
                errors.add(new FieldError("sectors",
                        "El sector '" + s + "' no existe; use uno de: " + Sector.allowed() + "."));
            } else if (!sectors.contains(sector.get())) {
                sectors.add(sector.get());
            }
        }
        if (sectors.isEmpty() && !wrong) {
            errors.add(
                    new FieldError("sectors", "Indique al menos un sector (salud, educación, bienestar social...)."));
        }
        return sectors;
    }

    private Long parent(ActorForm form, Jurisdiction j, ActorSummary existing, List<FieldError> errors) {
        if (form.parent() == null || form.parent().isBlank()) {
            return null;
        }
        Optional<ActorSummary> parent = byCode(j.id(), form.parent());
        if (parent.isEmpty()) {
            errors.add(new FieldError("parent", "No existe un actor con el código '" + form.parent().strip()
                    + "' en " + j.name() + " para ser la entidad superior."));
            return null;
        }
        if (existing != null && read.chainFrom(parent.get().id()).contains(existing.id())) {
            errors.add(new FieldError("parent",
                    "La entidad superior no puede ser el mismo actor ni una de sus dependencias."));
            return null;
        }
        return parent.get().id();
    }

    private List<TerritoryView> territories(ActorForm form, Jurisdiction j, CurrentUser user,
            List<FieldError> errors) {
        List<TerritoryView> where = new ArrayList<>();
        AccessScope scope = territories.scopeOf(user);
        boolean wrong = false;
        for (String code : splitAll(form.territories())) {
            Optional<TerritoryView> t = territories.byCode(j.id(), code);
            if (t.isEmpty()) {
                wrong = true;
                errors.add(new FieldError("territories",
                        "No existe el territorio con código '" + code + "' en " + j.name() + "."));
            } else if (!scope.includes(t.get().jurisdictionId(), t.get().path())) {
                wrong = true;
                errors.add(new FieldError("territories",
                        "El territorio " + t.get().label() + " está fuera de su alcance."));
            } else if (where.stream().noneMatch(x -> x.id() == t.get().id())) {
                where.add(t.get());
            }
        }
        if (where.isEmpty() && scope.narrowed() && !wrong) {
            errors.add(new FieldError("territories",
                    "Indique al menos un territorio de su alcance donde actúa el actor."));
        }
        return where;
    }

    /** A user limited to a subtree changes only actors acting entirely inside it. */
    void requireScopeCovers(CurrentUser user, long actorId) {
        AccessScope scope = territories.scopeOf(user);
        if (scope.narrowed() && read.actsOutside(actorId, scope.likePattern())) {
            throw new ForbiddenException(
                    "Este actor actúa fuera de su territorio; solo lo modifica un usuario con alcance sobre todos sus territorios.");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }

    /** The jurisdiction named (or the user's own) when the user registers actors in it; else refused. */
    Jurisdiction editable(String code, CurrentUser user) {
        Jurisdiction j = jurisdiction(code, user);
        requireEditor(user, j.id());
        return j;
    }

    /** The jurisdiction of a record the user changes, when the user registers actors in it; else refused. */
    Jurisdiction editable(long jurisdictionId, CurrentUser user) {
        requireEditor(user, jurisdictionId);
        return jurisdictions.byId(jurisdictionId).orElseThrow();
    }

    static void requireEditor(CurrentUser user, long jurisdictionId) {
        if (!canEdit(user, jurisdictionId)) {
            throw new ForbiddenException(
                    "Su rol (" + user.role().label() + ") no registra ni modifica actores de esta jurisdicción.");
        }
    }

    static Boolean parseStatus(String s) {
        if (s == null || s.isBlank()) {
            return true;
        }
        String k = TextKeys.key(s);
        if (k.equals("active") || k.equals("activo") || k.equals("activa")) {
            return true;
        }
        if (k.equals("inactive") || k.equals("inactivo") || k.equals("inactiva")) {
            return false;
        }
        return null;
    }

    /** Values that may come as one comma- or semicolon-separated text or as a list. */
    static List<String> splitAll(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null) {
                Arrays.stream(v.split("[,;|]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record Snapshot(ActorSummary actor, List<String> territories) {
    }

    private static Snapshot snapshot(ActorSummary a, List<TerritoryView> where) {
        return new Snapshot(a, where.stream().map(TerritoryView::code).toList());
    }
}
