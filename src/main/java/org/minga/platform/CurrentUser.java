package org.minga.platform;

/**
 * The signed-in user as other modules see it. {@code jurisdictionId} is null only for an administrator
 * of all jurisdictions; {@code territoryId} null means the whole jurisdiction. Serializable: the signed-in user
 * travels in the session, which lives in PostgreSQL so that any node can serve it (issue 19).
 */
public record CurrentUser(long id, String username, String fullName, Role role, Long jurisdictionId,
        Long territoryId) implements java.io.Serializable {

    /**
     * Minga acting by itself for one jurisdiction (or all, with {@code null}): background work such as care routes
     * and scheduled jobs, with the narrow capabilities of {@link Role#SYSTEM}.
     */
    public static CurrentUser system(String name, Long jurisdictionId) {
        return new CurrentUser(0, "sistema", name, Role.SYSTEM, jurisdictionId, null);
    }

    /**
     * The demo data loader: plays the people who would have entered the demo records, as an administrator of all
     * jurisdictions. Only when demo mode is on, before the web server opens; never for background work.
     */
    public static CurrentUser demoLoader() {
        return new CurrentUser(0, "demo", "Datos de demostración", Role.ADMINISTRATOR, null, null);
    }

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
