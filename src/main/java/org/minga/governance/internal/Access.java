package org.minga.governance.internal;

import java.util.Optional;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Governance's questions to the access policy, in its own words (no rule of its own: every answer is
 * {@link AccessPolicy}'s). Who sees and changes what. A user sees the bodies of their territory's subtree and those above it (a local team
 * sees its zonal table and the Comisión, where its escalations go), never those of a sibling territory; they change
 * only the bodies of their subtree, and only with a role that manages the territory.
 */
@Component
public record Access(AccessPolicy policy, Jurisdictions jurisdictions) {

    public Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }

    /** For pages: an administrator of every jurisdiction who names none gets the first one instead of an error. */
    public Jurisdiction pageJurisdiction(String code, CurrentUser user) {
        if ((code == null || code.isBlank()) && user.allJurisdictions()) {
            return jurisdictions.all().stream().findFirst().orElseGet(() -> jurisdictions.namedOrOwn(code, user));
        }
        return jurisdictions.namedOrOwn(code, user);
    }

    public Jurisdiction jurisdiction(long id) {
        return jurisdictions.byId(id).orElseThrow();
    }

    /** The root of the user's subtree ("/1/5/"), "/" for the whole jurisdiction, or a path no territory has. */
    public String prefix(CurrentUser user) {
        return policy.scope(user, Capability.READ_TERRITORIAL_INFO).subtreePath();
    }

    /** The user's subtree and the bodies above it, by the access policy. */
    public boolean sees(CurrentUser user, long jurisdictionId, String path) {
        return policy.scope(user, Capability.READ_TERRITORIAL_INFO).includesOrAbove(jurisdictionId, path);
    }

    /** True when the row lies in the user's own subtree (not only above it). */
    public boolean inSubtree(CurrentUser user, long jurisdictionId, String path) {
        return policy.covers(user, Capability.READ_TERRITORIAL_INFO, jurisdictionId, path);
    }

    /** Whether the user may read a person's data placed there (networks' and leaderships' persons). */
    public boolean readsPerson(CurrentUser user, long jurisdictionId, String path) {
        return policy.covers(user, Capability.READ_PERSONAL_DATA, jurisdictionId, path);
    }

    public boolean canEdit(CurrentUser user, long jurisdictionId, String path) {
        return policy.covers(user, Capability.RUN_GOVERNANCE, jurisdictionId, path);
    }

    /** A row placed in a territory of a jurisdiction: what is visible is decided on these two. */
    public interface Placed {
        long jurisdictionId();

        String territoryPath();
    }

    /** The row found, when the user sees it; otherwise "no existe {@code what}", as if it were not there. */
    public <T extends Placed> T requireVisible(Optional<T> found, CurrentUser user, String what) {
        T row = found.orElseThrow(() -> new NotFoundException("No existe " + what + "."));
        requireVisible(user, row.jurisdictionId(), row.territoryPath(), what);
        return row;
    }

    public void requireVisible(CurrentUser user, long jurisdictionId, String path, String what) {
        if (!sees(user, jurisdictionId, path)) {
            throw new NotFoundException("No existe " + what + ".");
        }
    }

    public void requireEditor(CurrentUser user, long jurisdictionId, String path, String what) {
        requireVisible(user, jurisdictionId, path, what);
        if (!canEdit(user, jurisdictionId, path)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") o su territorio no le permiten cambiar "
                    + what + ".");
        }
    }

    /** SQL condition on a row alias with {@code jurisdiction_id} and {@code territory_path}, parameters :j, :prefix. */
    static String visibleSql(String alias) {
        return alias + ".jurisdiction_id = :j and (" + alias + ".territory_path like :prefix || '%' or :prefix like "
                + alias + ".territory_path || '%')";
    }
}
