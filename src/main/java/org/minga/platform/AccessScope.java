package org.minga.platform;

/**
 * The records a user may reach with one capability: none, those of their entities, a territory subtree given as
 * a materialised path prefix ("/1/5/"), a whole jurisdiction or all of them. Queries filter on it with
 * {@code jurisdiction_id = :j and territory.path like :pattern}; {@link #likePattern()} matches no path when the
 * scope reaches no territory.
 */
public record AccessScope(Reach reach, Long jurisdictionId, String pathPrefix) {

    /** A prefix no materialised path starts with. */
    public static final String NO_PATH = "/none/";

    public static final AccessScope NOTHING = new AccessScope(Reach.NONE, -1L, NO_PATH);
    public static final AccessScope EVERYTHING = new AccessScope(Reach.ALL, null, null);

    public boolean none() {
        return reach == Reach.NONE;
    }

    /** True when the scope reaches records by territory (a subtree, a jurisdiction or all). */
    public boolean byTerritory() {
        return reach == Reach.TERRITORY || reach == Reach.JURISDICTION || reach == Reach.ALL;
    }

    public boolean allJurisdictions() {
        return reach == Reach.ALL;
    }

    public boolean includesJurisdiction(long id) {
        return reach == Reach.ALL || (reach != Reach.NONE && jurisdictionId != null && jurisdictionId == id);
    }

    /** True when a record of this jurisdiction and territory path lies inside the scope. */
    public boolean includes(long jurisdictionId, String path) {
        if (!byTerritory() || !includesJurisdiction(jurisdictionId)) {
            return false;
        }
        return pathPrefix == null || (path != null && path.startsWith(pathPrefix));
    }

    /** The pattern for {@code path like ?}: the subtree, every path ("/%"), or none. */
    public String likePattern() {
        if (!byTerritory()) {
            return NO_PATH + "%";
        }
        return (pathPrefix == null ? "/" : pathPrefix) + "%";
    }
}
