package org.minga.territory.internal.variable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the social variables ({@code social_variable}) and their values ({@code variable_value}): the catalogue's
 * rows, the values pages and the figures the prioritisation reads, and the demo values.
 */
@Component
record SocialVariableRepository(JdbcClient jdbc) {

    private static final String SELECT = """
            select id, jurisdiction_id, code, name, description, unit, source, direction, version
            from social_variable
            """;

    List<SocialVariable> list(long jurisdictionId) {
        return jdbc.sql(SELECT + "where jurisdiction_id = :j order by name, code").param("j", jurisdictionId)
                .query(SocialVariableRepository::map).list();
    }

    Optional<SocialVariable> byId(long id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(SocialVariableRepository::map).optional();
    }

    Optional<SocialVariable> byCode(long jurisdictionId, String code) {
        return jdbc.sql(SELECT + "where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(SocialVariableRepository::map).optional();
    }

    /** Whether another variable of the jurisdiction than {@code exceptId} (none when null) has the code. */
    boolean codeTaken(long jurisdictionId, String code, Long exceptId) {
        return jdbc.sql("""
                select exists(select 1 from social_variable
                where jurisdiction_id = :j and code = :c and (cast(:id as bigint) is null or id <> :id))""")
                .param("j", jurisdictionId).param("c", code).param("id", exceptId).query(Boolean.class).single();
    }

    long insert(long jurisdictionId, String code, String name, String description, String unit, String source,
            VariableDirection direction) {
        return jdbc.sql("""
                insert into social_variable (jurisdiction_id, code, name, description, unit, source, direction)
                values (:j, :c, :n, :d, :u, :s, :dir) returning id""")
                .param("j", jurisdictionId).param("c", code).param("n", name).param("d", description)
                .param("u", unit).param("s", source).param("dir", direction.name()).query(Long.class).single();
    }

    /** A form's change, when the variable is still at the version the form was read at; false otherwise. */
    boolean update(long id, int version, String code, String name, String description, String unit, String source,
            VariableDirection direction) {
        return jdbc.sql("""
                update social_variable set code = :c, name = :n, description = :d, unit = :u, source = :s,
                  direction = :dir, version = version + 1, updated_at = now()
                where id = :id and version = :v""")
                .param("c", code).param("n", name).param("d", description).param("u", unit).param("s", source)
                .param("dir", direction.name()).param("id", id).param("v", version).update() > 0;
    }

    /** An import's change of everything but the code, whatever the version. */
    void replace(long id, String name, String description, String unit, String source, VariableDirection direction) {
        jdbc.sql("""
                update social_variable set name = :n, description = :d, unit = :u, source = :s, direction = :dir,
                  version = version + 1, updated_at = now() where id = :id""")
                .param("n", name).param("d", description).param("u", unit).param("s", source)
                .param("dir", direction.name()).param("id", id).update();
    }

    /** A page of a variable's values under the prefix, optionally of one year and one level. */
    PageResult<VariableValueView> values(long variableId, Integer year, String levelCode, String prefix,
            PageRequest page) {
        String where = """
                from variable_value vv
                join territory t on t.id = vv.territory_id
                join territory_level l on l.id = t.level_id
                where vv.variable_id = :v and t.path like :prefix
                  and (cast(:y as integer) is null or vv.year = :y)
                  and (cast(:level as varchar) is null or l.code = :level)
                """;
        long total = jdbc.sql("select count(*) " + where).param("v", variableId)
                .param("prefix", prefix).param("y", year).param("level", levelCode)
                .query(Long.class).single();
        List<VariableValueView> items = jdbc.sql("""
                select t.id, t.code, t.name, l.code as level_code, vv.year, vv.value, vv.source_note
                """ + where + " order by vv.year desc, l.rank, t.name limit :limit offset :offset")
                .param("v", variableId).param("prefix", prefix).param("y", year)
                .param("level", levelCode).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new VariableValueView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("level_code"), rs.getInt("year"), Decimals.plain(rs.getBigDecimal("value")),
                        rs.getString("source_note")))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    List<Integer> years(long variableId) {
        return jdbc.sql("select distinct year from variable_value where variable_id = :v order by year desc")
                .param("v", variableId).query(Integer.class).list();
    }

    List<Integer> yearsOf(long jurisdictionId) {
        return jdbc.sql("""
                select distinct vv.year from variable_value vv
                where vv.jurisdiction_id = :j order by vv.year desc""")
                .param("j", jurisdictionId).query(Integer.class).list();
    }

    /** Values per territory id and variable code, for the variables (by id) of the year and the territories. */
    Map<Long, Map<String, BigDecimal>> valuesOf(Map<Long, String> codes, int year, Collection<Long> territoryIds) {
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        jdbc.sql("""
                select territory_id, variable_id, value from variable_value
                where variable_id in (:vars) and year = :y and territory_id in (:ts)""")
                .param("vars", codes.keySet()).param("y", year).param("ts", territoryIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("territory_id"), k -> new HashMap<>())
                            .put(codes.get(rs.getLong("variable_id")), Decimals.plain(rs.getBigDecimal("value")));
                });
        return result;
    }

    List<LevelView> levels(long jurisdictionId) {
        return jdbc
                .sql("select id, code, name, rank from territory_level where jurisdiction_id = :j order by rank, name")
                .param("j", jurisdictionId)
                .query((rs, n) -> new LevelView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("rank")))
                .list();
    }

    /** A demo value, unless the territory already has one for the variable and year. */
    void insertDemoValue(long jurisdictionId, long territoryId, long variableId, int year, double value,
            String note) {
        jdbc.sql("""
                insert into variable_value (jurisdiction_id, territory_id, variable_id, year, value, source_note)
                values (:j, :t, :v, :y, :value, :note) on conflict (territory_id, variable_id, year) do nothing""")
                .param("j", jurisdictionId).param("t", territoryId).param("v", variableId).param("y", year)
                .param("value", BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP))
                .param("note", note).update();
    }

    Optional<Long> jurisdictionId(String code) {
        return jdbc.sql("select id from jurisdiction where code = :c").param("c", code).query(Long.class).optional();
    }

    /** Territory ids of a level by code, in code order. */
    Map<String, Long> territoriesOfLevel(long jurisdictionId, String levelCode) {
        Map<String, Long> m = new LinkedHashMap<>();
        jdbc.sql("""
                select t.code, t.id from territory t join territory_level l on l.id = t.level_id
                where t.jurisdiction_id = :j and l.code = :level order by t.code""")
                .param("j", jurisdictionId).param("level", levelCode)
                .query(rs -> {
                    m.put(rs.getString("code"), rs.getLong("id"));
                });
        return m;
    }

    static SocialVariable map(ResultSet rs, int n) throws SQLException {
        return new SocialVariable(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("description"), rs.getString("unit"), rs.getString("source"),
                VariableDirection.valueOf(rs.getString("direction")), rs.getInt("version"));
    }
}
