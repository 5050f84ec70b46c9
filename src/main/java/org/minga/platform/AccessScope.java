package org.minga.platform;

/**
 * The records a user may reach with one capability: none, those of their entities, a territory subtree given as
 * a materialised path prefix ("/1/5/"), a whole jurisdiction or all of them. It is the one scope type of Minga:
 * {@link AccessPolicy#scope} gives it, and {@code Territories.scopeOf} returns the same. Queries filter on it with
 * {@code jurisdiction_id = :j and territory.path like :pattern} ({@link #likePattern()} matches no path when the
 * scope reaches no territory); code checks a record with {@link #includes}, never by comparing paths itself.
 */
public record AccessScope(Reach reach, Long jurisdictionId, String pathPrefix) {

    /** A prefix no materialised path starts with. */
    public static final String NO_PATH = "/none/";

    public static final AccessScope NOTHING = new AccessScope(Reach.NONE, -1L, NO_PATH);
    public static final AccessScope EVERYTHING = new AccessScope(Reach.ALL, null, null);

    /** The whole of one jurisdiction (demo loaders and public pages that list a jurisdiction's territories). */
    public static AccessScope jurisdiction(long jurisdictionId) {
        return new AccessScope(Reach.JURISDICTION, jurisdictionId, null);
    }

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

    /** True when the scope reaches every territory of the jurisdiction {@code id} (not only a subtree of it). */
    public boolean wholeJurisdiction(long id) {
        return byTerritory() && includesJurisdiction(id) && pathPrefix == null;
    }

    /**
     * True when the scope is narrower than whole jurisdictions: a territory subtree, or no territory at all (entity
     * and own reach). A user so scoped changes only records lying entirely inside their subtree.
     */
    public boolean narrowed() {
        return pathPrefix != null;
    }

    /** The subtree root for SQL filters, or null when the scope covers whole jurisdictions. */
    public String prefixOrNull() {
        return narrowed() ? subtreePath() : null;
    }

    /** True when a record of this jurisdiction and territory path lies inside the scope. */
    public boolean includes(long jurisdictionId, String path) {
        if (!byTerritory() || !includesJurisdiction(jurisdictionId)) {
            return false;
        }
        return pathPrefix == null || (path != null && path.startsWith(pathPrefix));
    }

    /**
     * True for a record of the scope's subtree, of a territory above it (a district-wide alliance or body concerns
     * a localidad's team too) or of the whole jurisdiction ({@code path} null); false for a sibling territory's.
     */
    public boolean includesOrAbove(long jurisdictionId, String path) {
        if (!byTerritory() || !includesJurisdiction(jurisdictionId)) {
            return false;
        }
        return path == null || pathPrefix == null || path.startsWith(pathPrefix) || pathPrefix.startsWith(path);
    }

    /** The root of the subtree: the prefix, "/" for a whole jurisdiction, or a path no territory has. */
    public String subtreePath() {
        if (!byTerritory()) {
            return NO_PATH;
        }
        return pathPrefix == null ? "/" : pathPrefix;
    }

    /**
     * The parameters of the filter {@code (:all or jurisdiction_id = :j) and territory_path like :p}, which every list
     * of records by territory applies to this scope.
     */
    public java.util.Map<String, Object> filterParams() {
        return java.util.Map.of("all", allJurisdictions(), "j", jurisdictionId == null ? -1L : jurisdictionId,
                "p", likePattern());
    }

    /** The pattern for {@code path like ?}: the subtree, every path ("/%"), or none. */
    public String likePattern() {
        return subtreePath() + "%";
    }
}
