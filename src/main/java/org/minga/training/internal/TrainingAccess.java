package org.minga.training.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Where a training record lies and whether the user reaches it, asked of the one access policy (through
 * {@link Territories#scopeOf}): the jurisdiction a request names, a territory given by id or code, and the checks of
 * a record's territory for reading (its subtree or above it) and for managing (inside the user's subtree).
 */
@Component
record TrainingAccess(Territories territories, Jurisdictions jurisdictions) {

    Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code == null || code.isBlank() ? null : code.strip(), user);
    }

    Jurisdiction jurisdictionById(long id) {
        return jurisdictions.byId(id).orElseThrow();
    }

    /** The territory named by code (or name) in the jurisdiction, refused unless the user manages it. */
    TerritoryView managedTerritory(Jurisdiction j, String territory, CurrentUser user) {
        if (territory == null || territory.isBlank()) {
            throw new ValidationException("territory", "Indique el territorio (código o nombre).");
        }
        TerritoryView t = territories.byCode(j.id(), territory.strip()).orElseThrow(
                () -> new ValidationException("territory", "No existe el territorio «" + territory.strip() + "» en "
                        + j.name() + "."));
        requireManaged(t.jurisdictionId(), t.path(), user);
        return t;
    }

    void requireManaged(long jurisdictionId, String path, CurrentUser user) {
        if (!territories.scopeOf(user, Capability.RUN_TRAINING).includes(jurisdictionId, path)) {
            throw new ForbiddenException("El registro está fuera de su alcance territorial para gestionar formación.");
        }
    }

    /**
     * The territories named (by code or name) in the jurisdiction, the first the lead one; each refused on the field
     * {@code territories}, naming it, when it does not exist there or the user does not manage it.
     */
    List<TerritoryView> managedTerritories(Jurisdiction j, List<String> named, CurrentUser user) {
        List<String> given = named == null ? List.of()
                : named.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        if (given.isEmpty()) {
            throw new ValidationException("territories",
                    "Indique al menos un territorio del programa (código o nombre).");
        }
        AccessScope manage = scope(user, Capability.RUN_TRAINING);
        List<FieldError> errors = new ArrayList<>();
        List<TerritoryView> found = new ArrayList<>();
        for (String name : given) {
            territories.byCode(j.id(), name).ifPresentOrElse(t -> {
                if (manage.includes(t.jurisdictionId(), t.path())) {
                    found.add(t);
                } else {
                    errors.add(new FieldError("territories", "El territorio «" + name
                            + "» está fuera de su alcance territorial para gestionar formación."));
                }
            }, () -> errors.add(new FieldError("territories",
                    "No existe el territorio «" + name + "» en " + j.name() + ".")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return found;
    }

    /** Refuses a record in several territories unless the user manages every one of them. */
    void requireManaged(long jurisdictionId, Collection<String> paths, CurrentUser user) {
        if (!managesAll(scope(user, Capability.RUN_TRAINING), jurisdictionId, paths)) {
            throw new ForbiddenException("El registro está fuera de su alcance territorial para gestionar formación.");
        }
    }

    /** True when the scope includes every one of the territories. */
    static boolean managesAll(AccessScope scope, long jurisdictionId, Collection<String> paths) {
        return !paths.isEmpty() && paths.stream().allMatch(p -> scope.includes(jurisdictionId, p));
    }

    /** Refuses a record in several territories the user may read in none: readable when any of them is. */
    void requireReadable(long jurisdictionId, Collection<String> paths, CurrentUser user, String what) {
        AccessScope read = scope(user, Capability.READ_TERRITORIAL_INFO);
        if (paths.stream().noneMatch(p -> read.includesOrAbove(jurisdictionId, p))) {
            throw new NotFoundException(what + " no existe o está fuera de su alcance.");
        }
    }

    /** Refuses a record the user may not read: neither in their subtree nor above it. */
    void requireReadable(long jurisdictionId, String path, CurrentUser user, String what) {
        if (!territories.scopeOf(user, Capability.READ_TERRITORIAL_INFO).includesOrAbove(jurisdictionId, path)) {
            throw new NotFoundException(what + " no existe o está fuera de su alcance.");
        }
    }

    /**
     * True when the reader's scope for {@code capability} reaches where the official works: their territory's
     * subtree, or their whole jurisdiction (all jurisdictions for an administrator of all) when they have no territory.
     */
    boolean reaches(CurrentUser official, CurrentUser reader, Capability capability) {
        AccessScope scope = scope(reader, capability);
        if (official.jurisdictionId() == null) {
            return scope.allJurisdictions();
        }
        return official.territoryId() == null ? scope.wholeJurisdiction(official.jurisdictionId())
                : territories.byId(official.territoryId())
                        .filter(t -> scope.includes(t.jurisdictionId(), t.path())).isPresent();
    }

    java.time.ZoneId zoneOf(long jurisdictionId) {
        return jurisdictions.byId(jurisdictionId).orElseThrow().zoneId();
    }

    AccessScope scope(CurrentUser user, Capability capability) {
        return territories.scopeOf(user, capability);
    }
}
