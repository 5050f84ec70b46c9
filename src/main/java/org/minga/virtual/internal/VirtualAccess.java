package org.minga.virtual.internal;

import java.time.LocalDate;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Where a virtual territory lies and whether the user reaches it, asked of the one access policy (through
 * {@link Territories#scopeOf}): managing needs participation rights inside the user's subtree; reading, the
 * territory's subtree or above it.
 */
@Component
record VirtualAccess(Territories territories, Jurisdictions jurisdictions) {

    Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code == null || code.isBlank() ? null : code.strip(), user);
    }

    Jurisdiction jurisdictionById(long id) {
        return jurisdictions.byId(id).orElseThrow();
    }

    /** The territory named by code in the jurisdiction, or a Spanish message naming the field. */
    TerritoryView territory(Jurisdiction j, String code, String field) {
        if (code == null || code.isBlank()) {
            throw new ValidationException(field, "Indique el territorio (código).");
        }
        return territories.byCode(j.id(), code.strip()).orElseThrow(() -> new ValidationException(field,
                "No existe el territorio «" + code.strip() + "» en " + j.name() + "."));
    }

    void requireManaged(long jurisdictionId, String path, CurrentUser user) {
        if (!territories.scopeOf(user, Capability.RUN_PARTICIPATION).includes(jurisdictionId, path)) {
            throw new ForbiddenException(
                    "El territorio virtual está fuera de su alcance territorial para gestionar participación.");
        }
    }

    boolean readable(long jurisdictionId, String path, CurrentUser user) {
        return territories.scopeOf(user, Capability.READ_TERRITORIAL_INFO).includesOrAbove(jurisdictionId, path);
    }

    void requireReadable(long jurisdictionId, String path, CurrentUser user, String what) {
        if (!readable(jurisdictionId, path, user)) {
            throw new NotFoundException(what + " no existe o está fuera de su alcance.");
        }
    }

    LocalDate today(long jurisdictionId) {
        return LocalDate.now(jurisdictions.byId(jurisdictionId).orElseThrow().zoneId());
    }
}
