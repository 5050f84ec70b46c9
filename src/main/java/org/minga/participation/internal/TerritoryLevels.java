package org.minga.participation.internal;

/** Grouping rows by the territory of a level that contains them (a localidad, say), in SQL. */
final class TerritoryLevels {

    private TerritoryLevels() {
    }

    /**
     * A lateral join giving {@code g.name}: the territory of level {@code :level} whose path contains the row's
     * {@code territory_path} ({@code alias} is the row's table).
     */
    static String join(String alias) {
        return " left join lateral (select g.name from territory g join territory_level l on l.id = g.level_id"
                + " where l.code = :level and g.jurisdiction_id = " + alias + ".jurisdiction_id and " + alias
                + ".territory_path like g.path || '%' limit 1) g on true";
    }
}
