package org.minga.territory;

/** A territory as other modules and the API see it. */
public record TerritoryView(long id, long jurisdictionId, String code, String name, String levelCode,
        String levelName, int levelRank, Long parentId, String path, int depth,
        AreaType areaType, Integer population, int version) {

    /** True when {@code other} is this territory or lies in its subtree. */
    public boolean contains(TerritoryView other) {
        return other.path.startsWith(path);
    }

    public String label() {
        return name + " (" + levelName + ")";
    }
}
