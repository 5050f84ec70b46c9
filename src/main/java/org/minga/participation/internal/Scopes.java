package org.minga.participation.internal;

import java.util.List;
import java.util.Map;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/** Participation's questions to the access policy: which rows the user sees and changes (no rule of its own). */
@Component
record Scopes(Territories territories, Jurisdictions jurisdictions, AccessPolicy policy) {

    /** Refuses a user whose role does not run participation spaces and surveys (the access policy says). */
    void requireWriter(CurrentUser user) {
        if (!canWrite(user)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no registra participación ciudadana.");
        }
    }

    boolean canWrite(CurrentUser user) {
        return policy.allows(user, Capability.RUN_PARTICIPATION);
    }

    /** A where clause on {@code alias}'s jurisdiction_id and territory_path for the user's scope. */
    String where(String alias, CurrentUser user, Map<String, Object> params) {
        AccessScope scope = territories.scopeOf(user);
        params.put("scope", scope.likePattern());
        StringBuilder w = new StringBuilder(" where " + alias + ".territory_path like :scope");
        if (scope.jurisdictionId() != null) {
            w.append(" and ").append(alias).append(".jurisdiction_id = :scopeJ");
            params.put("scopeJ", scope.jurisdictionId());
        }
        return w.toString();
    }

    /** Throws a 403 unless the row's territory lies in the user's scope. */
    void requireVisible(long jurisdictionId, String path, CurrentUser user, String what) {
        if (!territories.scopeOf(user).includes(jurisdictionId, path)) {
            throw new ForbiddenException(what + " está fuera de su alcance territorial.");
        }
    }

    /** The territory named by id or by code (in the user's or the given jurisdiction), checked against scope. */
    TerritoryView territory(Long id, String code, String jurisdictionCode, CurrentUser user, String field,
            List<FieldError> errors) {
        TerritoryView t = null;
        if (id != null) {
            t = territories.byId(id).orElse(null);
        } else if (code != null && !code.isBlank()) {
            Jurisdiction j = jurisdiction(jurisdictionCode, user);
            t = territories.byCode(j.id(), code.strip()).orElse(null);
        }
        if (t == null) {
            errors.add(new FieldError(field, "Indique un territorio que exista (código o número)."));
            return null;
        }
        if (!territories.scopeOf(user).includes(t.jurisdictionId(), t.path())) {
            errors.add(new FieldError(field, "El territorio " + t.name() + " está fuera de su alcance territorial."));
            return null;
        }
        return t;
    }

    TerritoryView territory(long id) {
        return territories.byId(id).orElseThrow();
    }

    Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }

    Jurisdiction jurisdiction(long id) {
        return jurisdictions.byId(id).orElseThrow();
    }
}
