package org.minga.platform.internal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.KeyedQueries;
import org.minga.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for user accounts. */
@Repository
@RequiredArgsConstructor
class UserRepository {

    private static final String COLUMNS = """
            id, username, password_hash, full_name, email, role, jurisdiction_id, territory_id, enabled,
            failed_logins, locked_until, last_login_at""";

    private final JdbcClient jdbc;

    Optional<UserRow> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = lower(:u)")
                .param("u", username).query(UserRepository::map).optional();
    }

    /** The ids of the accounts whose usernames are exactly among {@code usernames} (only enabled ones if asked). */
    Map<String, Long> idsByUsername(Collection<String> usernames, boolean enabledOnly) {
        return KeyedQueries.byKeys(jdbc,
                "select username, id from app_user where username in (:keys)" + (enabledOnly ? " and enabled" : ""),
                usernames, String.class, Long.class);
    }

    Map<Long, String> usernames(Collection<Long> ids) {
        return KeyedQueries.byKeys(jdbc, "select id, username from app_user where id in (:keys)", ids, Long.class,
                String.class);
    }

    /** The account an administrator linked to the identity provider's account {@code subject}. */
    Optional<UserRow> byOidcSubject(String subject) {
        return jdbc.sql("select " + COLUMNS + " from app_user where oidc_subject = :s")
                .param("s", subject).query(UserRepository::map).optional();
    }

    Optional<String> oidcSubject(long id) {
        return jdbc.sql("select oidc_subject from app_user where id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** Links (or, with {@code null}, unlinks) the account; false when another account holds {@code subject}. */
    boolean setOidcSubject(long id, String subject) {
        return jdbc.sql("""
                update app_user set oidc_subject = :s, version = version + 1 where id = :id
                  and (cast(:s as varchar) is null
                       or not exists (select 1 from app_user o where o.oidc_subject = :s and o.id <> :id))""")
                .param("s", subject).param("id", id).update() == 1;
    }

    Optional<UserRow> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id)
                .query(UserRepository::map).optional();
    }

    List<UserRow> page(Long jurisdictionId, int limit, long offset) {
        return jdbc
                .sql("select " + COLUMNS + " from app_user where (cast(:j as bigint) is null or jurisdiction_id = :j)"
                        + " order by username limit :limit offset :offset")
                .param("j", jurisdictionId).param("limit", limit).param("offset", offset)
                .query(UserRepository::map).list();
    }

    long count(Long jurisdictionId) {
        return jdbc.sql("select count(*) from app_user where (cast(:j as bigint) is null or jurisdiction_id = :j)")
                .param("j", jurisdictionId).query(Long.class).single();
    }

    boolean anyAdministrator() {
        return jdbc.sql("select exists(select 1 from app_user where role = 'ADMINISTRATOR' and enabled)")
                .query(Boolean.class).single();
    }

    long insert(String username, String hash, String fullName, String email, Role role, Long jurisdictionId,
            Long territoryId) {
        return jdbc.sql("""
                insert into app_user (username, password_hash, full_name, email, role, jurisdiction_id, territory_id)
                values (:u, :h, :n, :e, :r, :j, :t) returning id""")
                .param("u", username).param("h", hash).param("n", fullName).param("e", email)
                .param("r", role.name()).param("j", jurisdictionId).param("t", territoryId)
                .query(Long.class).single();
    }

    /** An account made at its first sign-in through the identity provider (self-provisioning). */
    long insertLinked(String username, String unusableHash, String fullName, String email, Role role,
            Long jurisdictionId, String subject) {
        return jdbc.sql("""
                insert into app_user (username, password_hash, full_name, email, role, jurisdiction_id, oidc_subject)
                values (:u, :h, :n, :e, :r, :j, :s) returning id""")
                .param("u", username).param("h", unusableHash).param("n", fullName).param("e", email)
                .param("r", role.name()).param("j", jurisdictionId).param("s", subject)
                .query(Long.class).single();
    }

    void update(long id, String fullName, String email, Role role, Long jurisdictionId, Long territoryId,
            boolean enabled) {
        jdbc.sql("""
                update app_user set full_name = :n, email = :e, role = :r, jurisdiction_id = :j,
                  territory_id = :t, enabled = :en, version = version + 1 where id = :id""")
                .param("n", fullName).param("e", email).param("r", role.name()).param("j", jurisdictionId)
                .param("t", territoryId).param("en", enabled).param("id", id).update();
    }

    void setPassword(long id, String hash) {
        jdbc.sql("update app_user set password_hash = :h, version = version + 1 where id = :id")
                .param("h", hash).param("id", id).update();
    }

    /** Counts a failed login; locks the account when the count reaches {@code maxAttempts}. Returns true if it locked. */
    boolean recordFailure(String username, int maxAttempts, Instant lockUntil) {
        Integer failures = jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1 where lower(username) = lower(:u)
                returning failed_logins""")
                .param("u", username).query(Integer.class).optional().orElse(null);
        if (failures != null && failures >= maxAttempts) {
            jdbc.sql("update app_user set locked_until = :until, failed_logins = 0 where lower(username) = lower(:u)")
                    .param("until", Timestamp.from(lockUntil)).param("u", username).update();
            return true;
        }
        return false;
    }

    void recordSuccess(String username) {
        jdbc.sql("""
                update app_user set failed_logins = 0, locked_until = null, last_login_at = now()
                where lower(username) = lower(:u)""")
                .param("u", username).update();
    }

    void unlock(long id) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = :id").param("id", id).update();
    }

    private static UserRow map(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("full_name"), rs.getString("email"), Role.valueOf(rs.getString("role")),
                (Long) rs.getObject("jurisdiction_id"), (Long) rs.getObject("territory_id"),
                rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), last == null ? null : last.toInstant());
    }
}
