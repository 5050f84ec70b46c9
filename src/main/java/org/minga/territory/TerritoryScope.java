package org.minga.territory;

/**
 * The part of the territorial data a user may see and change: all jurisdictions (administrator), one
 * jurisdiction, or the subtree of one territory, given as a path prefix ("/1/5/"). Queries of other
 * modules filter on it: {@code jurisdiction_id = :j and territory.path like :prefix || '%'}.
 */
public record TerritoryScope(Long jurisdictionId, String pathPrefix) {

    public static final TerritoryScope EVERYTHING = new TerritoryScope(null, null);

    public boolean allJurisdictions() {
        return jurisdictionId == null;
    }

    public boolean includesJurisdiction(long id) {
        return jurisdictionId == null || jurisdictionId == id;
    }

    public boolean includes(TerritoryView t) {
        return includesJurisdiction(t.jurisdictionId()) && (pathPrefix == null || t.path().startsWith(pathPrefix));
    }

    /**
     * True for a record of the user's subtree, of a territory above it (a district-wide alliance concerns a
     * localidad's team too) or of the whole jurisdiction ({@code path} null); false for a sibling territory's.
     */
    public boolean includesOrAbove(long jurisdictionId, String path) {
        if (!includesJurisdiction(jurisdictionId) || org.minga.platform.AccessScope.NO_PATH.equals(pathPrefix)) {
            return false;
        }
        return path == null || pathPrefix == null || path.startsWith(pathPrefix) || pathPrefix.startsWith(path);
    }

    /** The prefix for {@code path like ?}: the user's subtree, or every path ("/"). */
    public String likePattern() {
        return (pathPrefix == null ? "/" : pathPrefix) + "%";
    }
}
