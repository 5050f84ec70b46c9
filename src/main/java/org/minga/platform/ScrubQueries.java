package org.minga.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL the {@link PersonalDataOwner}s share on their own tables: how many rows are about the person (for the
 * confirmation of a deletion), and the scrubbing of a data subject's identifiers ({@link DataSubjectRef#scrub}) out
 * of text columns when it erases the person.
 */
public final class ScrubQueries {

    private ScrubQueries() {
    }

    /** How many rows of {@code table} are the person's: those whose {@code person_id} is the subject's person. */
    public static long rowsOfPerson(JdbcClient jdbc, String table, DataSubjectRef subject) {
        return jdbc.sql("select count(*) from " + table + " where person_id = :p").param("p", subject.personId())
                .query(Long.class).single();
    }

    /**
     * Scrubs text (or JSON, written {@code "column:jsonb"}) columns of a table's rows, in place: every row matching
     * {@code where} when {@code linked} (rows about the person), else only the rows holding a strong identifier of the
     * person. The table needs an {@code id} column. Returns how many rows changed.
     */
    public static int scrubColumns(JdbcClient jdbc, DataSubjectRef subject, String table, String where,
            Map<String, ?> params, boolean linked,
            String... columns) {
        if (!linked && !subject.hasStrongIdentifiers()) {
            return 0;
        }
        List<String> names = new ArrayList<>();
        List<Boolean> json = new ArrayList<>();
        for (String c : columns) {
            names.add(c.endsWith(":jsonb") ? c.substring(0, c.length() - 6) : c);
            json.add(c.endsWith(":jsonb"));
        }
        Map<String, Object> all = new HashMap<>(params == null ? Map.of() : params);
        String sql = selectMentioning(subject, table, where, names, linked, all);
        List<Object[]> rows = jdbc.sql(sql).params(all).query((rs, n) -> {
            Object[] row = new Object[names.size() + 1];
            row[0] = rs.getObject(1);
            for (int c = 0; c < names.size(); c++) {
                row[c + 1] = rs.getString(c + 2);
            }
            return row;
        }).list();
        Map<String, Integer> sizes = columnSizes(jdbc, table);
        String update = update(table, names, json);
        int changed = 0;
        for (Object[] row : rows) {
            boolean differs = false;
            var u = jdbc.sql(update).param("id", row[0]);
            for (int c = 0; c < names.size(); c++) {
                String before = (String) row[c + 1];
                String after = linked ? subject.scrub(before) : subject.scrubIfMentioned(before);
                Integer size = sizes.get(names.get(c));
                if (after != null && size != null && after.length() > size) {
                    after = after.substring(0, size);
                }
                differs |= !Objects.equals(before, after);
                u = u.param("v" + c, after);
            }
            if (differs) {
                changed += u.update();
            }
        }
        return changed;
    }

    /**
     * The rows to scrub and the columns' text: all rows {@code where} says when they are linked to the subject, else
     * only those whose columns mention the subject (its like-patterns are added to {@code params}).
     */
    private static String selectMentioning(DataSubjectRef subject, String table, String where, List<String> names,
            boolean linked,
            Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("select id");
        names.forEach(n -> sql.append(", ").append(n).append("::text"));
        sql.append(" from ").append(table).append(" where (").append(where == null ? "true" : where).append(")");
        if (!linked) {
            List<String> likes = subject.likePatterns();
            sql.append(" and (");
            for (int c = 0; c < names.size(); c++) {
                for (int l = 0; l < likes.size(); l++) {
                    sql.append(c + l == 0 ? "" : " or ").append(names.get(c)).append("::text ilike :like_").append(l);
                }
            }
            sql.append(")");
            for (int l = 0; l < likes.size(); l++) {
                params.put("like_" + l, likes.get(l));
            }
        }
        return sql.toString();
    }

    /** A replacement may be longer than what it replaces: it is cut to the column's size rather than fail. */
    private static Map<String, Integer> columnSizes(JdbcClient jdbc, String table) {
        Map<String, Integer> sizes = new HashMap<>();
        jdbc.sql("""
                select column_name, character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name = :t and character_maximum_length is not null""")
                .param("t", table).query((rs, n) -> sizes.put(rs.getString(1), rs.getInt(2))).list();
        return sizes;
    }

    private static String update(String table, List<String> names, List<Boolean> json) {
        StringBuilder update = new StringBuilder("update ").append(table).append(" set ");
        for (int c = 0; c < names.size(); c++) {
            update.append(c == 0 ? "" : ", ").append(names.get(c)).append(" = ")
                    .append(json.get(c) ? "cast(:v" + c + " as jsonb)" : ":v" + c);
        }
        return update.append(" where id = :id").toString();
    }
}
