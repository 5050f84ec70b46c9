package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.minga.platform.TextKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A jurisdiction's catalogue of body types as people read it, with how many bodies each has; hand-written SQL. */
@Component
record BodyTypeReadModel(JdbcClient jdbc) {

    public record BodyTypeView(long id, long jurisdictionId, String code, String name, boolean temporary,
            String description, int position, boolean active, long bodies) {
    }

    private static final String SELECT = """
            select t.*, (select count(*) from gov_body b where b.jurisdiction_id = t.jurisdiction_id
                          and b.body_type = t.code) as bodies
              from gov_body_type t
            """;

    private static BodyTypeView map(ResultSet rs, int n) throws SQLException {
        return new BodyTypeView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("name"), rs.getBoolean("temporary"), rs.getString("description"), rs.getInt("position"),
                rs.getBoolean("active"), rs.getLong("bodies"));
    }

    List<BodyTypeView> catalogue(long jurisdictionId) {
        return jdbc.sql(SELECT + "where t.jurisdiction_id = :j order by t.position, t.name").param("j", jurisdictionId)
                .query(BodyTypeReadModel::map).list();
    }

    /** The active type a form names, by its code or its name (accents and case aside). */
    Optional<BodyTypeView> named(long jurisdictionId, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String key = TextKeys.key(typed);
        return catalogue(jurisdictionId).stream().filter(BodyTypeView::active)
                .filter(t -> t.code().equalsIgnoreCase(typed.strip()) || TextKeys.key(t.name()).equals(key))
                .findFirst();
    }

    int nextPosition(long jurisdictionId) {
        return jdbc.sql("select coalesce(max(position), 0) + 10 from gov_body_type where jurisdiction_id = :j "
                + "and position < 999").param("j", jurisdictionId).query(Integer.class).single();
    }
}
