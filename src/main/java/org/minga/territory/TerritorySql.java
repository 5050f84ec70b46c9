package org.minga.territory;

/**
 * SQL fragments on territory's tables that other modules embed in their own read models' statements: set-based
 * grouping by territory needs a join, which a Java call cannot give row by row. The SQL lives here, with the tables'
 * owner.
 */
public final class TerritorySql {

    private TerritorySql() {
    }

    /**
     * A left lateral join, aliased {@code as}, giving {@code as.name}: the territory of the level whose code is bound to
     * the parameter {@code :level} (a localidad, say) whose path contains the row's {@code territory_path}, in the row's
     * jurisdiction; null when the row's territory has no ancestor at that level. {@code row} is the alias of the row's
     * table, which has {@code jurisdiction_id} and {@code territory_path}.
     */
    public static String ancestorAtLevel(String row, String as) {
        return " left join lateral (select g.name from territory g join territory_level l on l.id = g.level_id"
                + " where l.code = :level and g.jurisdiction_id = " + row + ".jurisdiction_id and " + row
                + ".territory_path like g.path || '%' limit 1) " + as + " on true";
    }
}
