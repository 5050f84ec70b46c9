package org.minga.household.internal.shared;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a household or a person is (jurisdiction and territory path) and whether the user reaches it, asked of the
 * access policy: every read and write of the module starts here.
 */
@Component
public record ScopeQueries(JdbcClient jdbc, Territories territories, Jurisdictions jurisdictions, AccessPolicy policy) {

    /** A stored household or person: its jurisdiction, territory path and (for a person) household. */
    public record Located(long id, long jurisdictionId, String path, Long householdId) {
    }

    public static boolean inScope(AccessScope scope, long jurisdictionId, String path) {
        return scope.includes(jurisdictionId, path);
    }

    public AccessScope scope(CurrentUser user) {
        return territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
    }

    /** The reach of one capability (figures read with {@code READ_AGGREGATES}). */
    public AccessScope scope(CurrentUser user, Capability capability) {
        return territories.scopeOf(user, capability);
    }

    /** Refuses a user whose role does not record personal data (households, persons, characterisations, plans). */
    public void requireWriter(CurrentUser user) {
        policy.require(user, Capability.RECORD_PERSONAL_DATA);
    }

    public boolean canWrite(CurrentUser user) {
        return policy.allows(user, Capability.RECORD_PERSONAL_DATA);
    }

    public boolean allows(CurrentUser user, Capability capability) {
        return policy.allows(user, capability);
    }

    public void require(CurrentUser user, Capability capability) {
        policy.require(user, capability);
    }

    public Located person(long id, CurrentUser user) {
        Located r = jdbc.sql("select id, jurisdiction_id, territory_path, household_id from person where id = :id")
                .param("id", id).query((rs, n) -> new Located(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        (Long) rs.getObject(4)))
                .optional()
                .orElseThrow(() -> new NotFoundException("La persona " + id + " no existe."));
        if (!inScope(scope(user), r.jurisdictionId(), r.path())) {
            throw new ForbiddenException("La persona " + id + " está fuera de su alcance territorial.");
        }
        return r;
    }

    public Located household(long id, CurrentUser user) {
        Located r = jdbc.sql("select id, jurisdiction_id, territory_path from household where id = :id").param("id", id)
                .query((rs, n) -> new Located(rs.getLong(1), rs.getLong(2), rs.getString(3), null)).optional()
                .orElseThrow(() -> new NotFoundException("El hogar " + id + " no existe."));
        if (!inScope(scope(user), r.jurisdictionId(), r.path())) {
            throw new ForbiddenException("El hogar " + id + " está fuera de su alcance territorial.");
        }
        return r;
    }

    /** A care setting (entorno cuidador) the user reaches: its jurisdiction and territory path. */
    public Located setting(long id, CurrentUser user) {
        Located r = jdbc.sql("select id, jurisdiction_id, territory_path from care_setting where id = :id")
                .param("id", id).query((rs, n) -> new Located(rs.getLong(1), rs.getLong(2), rs.getString(3), null))
                .optional()
                .orElseThrow(() -> new NotFoundException("El entorno " + id + " no existe."));
        if (!inScope(scope(user), r.jurisdictionId(), r.path())) {
            throw new ForbiddenException("El entorno " + id + " está fuera de su alcance territorial.");
        }
        return r;
    }

    /** The jurisdiction named by its code, or the user's own when none is given. */
    public Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }

    public Jurisdiction jurisdiction(long id) {
        return jurisdictions.byId(id).orElseThrow();
    }
}
