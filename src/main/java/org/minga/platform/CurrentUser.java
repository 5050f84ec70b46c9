package org.minga.platform;

/**
 * The signed-in user as other modules see it. {@code jurisdictionId} is null only for an administrator
 * of all jurisdictions; {@code territoryId} null means the whole jurisdiction.
 */
public record CurrentUser(long id, String username, String fullName, Role role, Long jurisdictionId,
                          Long territoryId) {

    public boolean allJurisdictions() {
        return jurisdictionId == null;
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** True when the user's data scope includes jurisdiction {@code id} (not yet narrowed to a territory). */
    public boolean seesJurisdiction(long id) {
        return jurisdictionId == null || jurisdictionId == id;
    }
}
