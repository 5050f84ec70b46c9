package org.minga.household.internal.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.household.internal.shared.Json;
import org.minga.platform.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Alert rules, read and written whole. Hand-written rather than Spring Data JDBC: the parameters are a jsonb
 * document, which Spring Data JDBC writes only with a converter the platform does not register.
 */
@Repository
@RequiredArgsConstructor
class AlertRuleRepository {

    private final JdbcClient jdbc;
    private final Json json;

    private AlertRule rule(ResultSet rs, int n) throws SQLException {
        return new AlertRule(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("kind"), json.map(rs.getString("params")), rs.getString("severity"),
                rs.getInt("due_days"), rs.getBoolean("active"), rs.getInt("version"));
    }

    Optional<AlertRule> findById(long id) {
        return jdbc.sql("select * from alert_rule where id = :id").param("id", id).query(this::rule).optional();
    }

    /** The rules of a jurisdiction by code; only the active ones when {@code activeOnly}. */
    List<AlertRule> ofJurisdiction(long jurisdictionId, boolean activeOnly) {
        return jdbc
                .sql("select * from alert_rule where jurisdiction_id = :j" + (activeOnly ? " and active" : "")
                        + " order by code")
                .param("j", jurisdictionId).query(this::rule).list();
    }

    boolean codeTaken(long jurisdictionId, String code) {
        return jdbc.sql("select count(*) from alert_rule where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).single() > 0;
    }

    AlertRule add(AlertRule r) {
        long id = jdbc.sql("""
                insert into alert_rule (jurisdiction_id, code, name, kind, params, severity, due_days)
                values (:j, :c, :n, :k, cast(:p as jsonb), :s, :d) returning id""")
                .param("j", r.jurisdictionId()).param("c", r.code()).param("n", r.name()).param("k", r.kind())
                .param("p", json.write(r.params())).param("s", r.severity()).param("d", r.dueDays())
                .query(Long.class).single();
        return r.stored(id);
    }

    /** Saves a tuned rule if nobody changed it since {@code expectedVersion} was read; refuses otherwise. */
    void update(AlertRule r, Integer expectedVersion) {
        int n = jdbc.sql("""
                update alert_rule set name = :n, params = cast(:p as jsonb), severity = :s, due_days = :d, active = :a,
                  version = version + 1 where id = :id and version = :v""")
                .param("n", r.name()).param("p", json.write(r.params())).param("s", r.severity())
                .param("d", r.dueDays()).param("a", r.active()).param("id", r.id())
                .param("v", expectedVersion == null ? -1 : expectedVersion).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó esta regla; recargue la página.");
        }
    }
}
