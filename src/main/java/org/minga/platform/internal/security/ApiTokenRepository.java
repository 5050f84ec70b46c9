package org.minga.platform.internal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for API tokens: the rows, and the one look-up every call with a token makes. */
@Repository
@RequiredArgsConstructor
class ApiTokenRepository {

    /** A token as its owner and the administrators see it: never the secret, not even its hash. */
    record TokenRow(long id, long userId, String name, Instant createdAt, String createdBy, Instant expiresAt,
            Instant revokedAt, String revokedBy, Instant lastUsedAt) {
    }

    /** What a call needs to run as the token's user: the token's state and the user's current role and scope. */
    record Credential(long id, String name, byte[] secretHash, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt, long userId, String username, String fullName, Role role, Long jurisdictionId,
            Long territoryId, boolean enabled) {
    }

    private static final String COLUMNS = """
            id, user_id, name, created_at, created_by, expires_at, revoked_at, revoked_by, last_used_at""";

    private final JdbcClient jdbc;

    long insert(long userId, String name, byte[] secretHash, Instant expiresAt, String createdBy) {
        return jdbc.sql("""
                insert into api_token (user_id, name, secret_hash, expires_at, created_by)
                values (:u, :n, :h, :e, :by) returning id""")
                .param("u", userId).param("n", name).param("h", secretHash).param("e", Timestamp.from(expiresAt))
                .param("by", createdBy).query(Long.class).single();
    }

    Optional<TokenRow> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from api_token where id = :id").param("id", id)
                .query(ApiTokenRepository::row).optional();
    }

    /** A user's tokens, newest first. */
    List<TokenRow> ofUser(long userId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where user_id = :u order by created_at desc, id desc")
                .param("u", userId).query(ApiTokenRepository::row).list();
    }

    /** True when the token was still in force and is now revoked. */
    boolean revoke(long id, String by) {
        return jdbc
                .sql("update api_token set revoked_at = now(), revoked_by = :by where id = :id and revoked_at is null")
                .param("by", by).param("id", id).update() == 1;
    }

    Optional<Credential> credential(long id) {
        return jdbc.sql("""
                select t.id, t.name, t.secret_hash, t.expires_at, t.revoked_at, t.last_used_at, u.id user_id,
                  u.username, u.full_name, u.role, u.jurisdiction_id, u.territory_id, u.enabled
                from api_token t join app_user u on u.id = t.user_id where t.id = :id""")
                .param("id", id).query((rs, n) -> new Credential(rs.getLong("id"), rs.getString("name"),
                        rs.getBytes("secret_hash"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
                        instant(rs, "last_used_at"), rs.getLong("user_id"), rs.getString("username"),
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("jurisdiction_id"), (Long) rs.getObject("territory_id"),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /** Notes a use; a no-op when another call already noted one in the last minute. */
    void touch(long id) {
        jdbc.sql("""
                update api_token set last_used_at = now()
                where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param("id", id).update();
    }

    private static TokenRow row(ResultSet rs, int n) throws SQLException {
        return new TokenRow(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "expires_at"),
                instant(rs, "revoked_at"), rs.getString("revoked_by"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
