package org.minga.platform.internal.security;

import java.time.Instant;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the personal calendar feeds' secret addresses (table calendar_feed_key), by the SHA-256 of the secret. */
@Component
record CalendarFeedKeyRepository(JdbcClient jdbc) {

    /** Revokes the user's key in force, if any; answers whether there was one. */
    boolean revoke(long userId) {
        return jdbc.sql("update calendar_feed_key set revoked_at = now() where user_id = :u and revoked_at is null")
                .param("u", userId).update() > 0;
    }

    long insert(long userId, byte[] hash) {
        return jdbc.sql("insert into calendar_feed_key (user_id, key_hash) values (:u, :h) returning id")
                .param("u", userId).param("h", hash).query(Long.class).single();
    }

    Optional<Instant> inForceSince(long userId) {
        return jdbc.sql("select created_at from calendar_feed_key where user_id = :u and revoked_at is null")
                .param("u", userId).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** The user of a key in force of an enabled account, as the account is now. */
    Optional<CurrentUser> userOf(byte[] hash) {
        return jdbc.sql("""
                select u.id, u.username, u.full_name, u.role, u.jurisdiction_id, u.territory_id
                from calendar_feed_key k join app_user u on u.id = k.user_id
                where k.key_hash = :h and k.revoked_at is null and u.enabled""").param("h", hash)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("jurisdiction_id"), (Long) rs.getObject("territory_id")))
                .optional();
    }

    /** Notes a use, at most once a minute. */
    void touch(byte[] hash) {
        jdbc.sql("""
                update calendar_feed_key set last_used_at = now() where key_hash = :h
                  and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param("h", hash).update();
    }
}
