package org.minga.platform.internal.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed-login limits kept in the database, so every node agrees, and counted by single statements, so
 * concurrent attempts cannot slip past them. Three counters: one account name from one address (each attempt
 * takes its turn before its password is checked, so a burst of 30 gets exactly the allowed number checked);
 * one address, whatever the names (password spraying); one name, whatever the addresses (NIST SP 800-63B's
 * limit of consecutive failures per account). A lock of a name from one address leaves the same user free to
 * sign in from another. Each lock lasts twice the previous one of the same counter, up to a day. Names are
 * counted as typed, whether or not the account exists.
 */
@Component
record LoginThrottleRepository(JdbcClient jdbc, SecurityProperties properties) {

    private static final String RESTART = """
            attempts = case when t.locked_until > now() then t.attempts
                            when t.locked_until is not null
                              or t.updated_at < now() - make_interval(mins => case when t.kind = 'ACCOUNT' then 1440 else :window end)
                            then %s else t.attempts + 1 end,
            locks = case when t.updated_at < now() - interval '1 day' then 0 else t.locks end,
            locked_until = case when t.locked_until > now() then t.locked_until end,
            updated_at = now()""";

    private static final String LOCK = """
            locked_until = now() + make_interval(mins => least(:base * (1 << least(locks, 10)), 1440)),
            locks = locks + 1, attempts = 0, updated_at = now()""";

    static String name(String typed) {
        String n = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    static String address(String remote) {
        String a = remote == null || remote.isBlank() ? "desconocida" : remote.strip();
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    /**
     * Takes this attempt's turn: true if its password may be checked. False when the name or the address is
     * locked, or the name already used its attempts from this address (counting those still being checked).
     */
    boolean reserve(String name, String address) {
        boolean blocked = jdbc
                .sql("""
                        select exists(select 1 from login_throttle where locked_until > now()
                          and ((kind = 'ACCOUNT' and username = :u and address = '') or (kind = 'ADDRESS' and username = '' and address = :a)))""")
                .param("u", name).param("a", address).query(Boolean.class).single();
        if (blocked) {
            return false;
        }
        Object[] turn = jdbc.sql("""
                insert into login_throttle as t (kind, username, address, attempts) values ('PAIR', :u, :a, 1)
                on conflict (kind, username, address) do update set
                """ + RESTART.formatted("1") + """

                returning attempts, coalesce(locked_until > now(), false)""")
                .param("u", name).param("a", address).param("window", properties.effectiveFailureWindowMinutes())
                .query((rs, n) -> new Object[]{rs.getInt(1), rs.getBoolean(2)}).single();
        return !(Boolean) turn[1] && (Integer) turn[0] <= properties.effectiveMaxFailedLogins();
    }

    /**
     * A checked attempt failed: counts it for the name and the address, and locks what reached its limit.
     * Returns how many locks it set (0 to 3).
     */
    int failed(String name, String address) {
        int locked = jdbc.sql("update login_throttle set " + LOCK + """

                where kind = 'PAIR' and username = :u and address = :a and attempts >= :max
                  and (locked_until is null or locked_until <= now())""")
                .param("u", name).param("a", address).param("max", properties.effectiveMaxFailedLogins())
                .param("base", properties.effectiveLockMinutes()).update();
        jdbc.sql("""
                insert into login_throttle as t (kind, username, address, attempts)
                values ('ACCOUNT', :u, '', 1), ('ADDRESS', '', :a, 1)
                on conflict (kind, username, address) do update set
                """ + RESTART.formatted("1"))
                .param("u", name).param("a", address).param("window", properties.effectiveFailureWindowMinutes())
                .update();
        return locked + jdbc.sql("update login_throttle set " + LOCK + """

                where ((kind = 'ACCOUNT' and username = :u and address = '' and attempts >= :perAccount)
                    or (kind = 'ADDRESS' and username = '' and address = :a and attempts >= :perAddress))
                  and (locked_until is null or locked_until <= now())""")
                .param("u", name).param("a", address)
                .param("perAccount", properties.effectiveMaxFailedLoginsPerAccount())
                .param("perAddress", properties.effectiveMaxFailedLoginsPerAddress())
                .param("base", properties.effectiveLockMinutes()).update();
    }

    /** The right password: this name starts again from this address, and its run of failures ends. */
    void succeeded(String name, String address) {
        jdbc.sql(
                """
                        delete from login_throttle where (kind = 'PAIR' and username = :u and address = :a)
                          or (kind = 'ACCOUNT' and username = :u and address = '' and (locked_until is null or locked_until <= now()))""")
                .param("u", name).param("a", address).update();
    }

    /** An attempt whose password was never checked (the server was busy): its turn is given back. */
    void notChecked(String name, String address) {
        jdbc.sql("""
                update login_throttle set attempts = greatest(attempts - 1, 0)
                where kind = 'PAIR' and username = :u and address = :a and locked_until is null""")
                .param("u", name).param("a", address).update();
    }

    /** An administrator's unlock: the name's counters and locks, from every address, are gone. */
    void unlock(String name) {
        jdbc.sql("delete from login_throttle where username = :u").param("u", name(name)).update();
    }

    /** Until when the name is locked from some address, if it is. */
    Optional<Instant> lockedUntil(String name) {
        return jdbc.sql("select max(locked_until) from login_throttle where username = :u and locked_until > now()")
                .param("u", name(name)).query((rs, n) -> rs.getTimestamp(1)).optional()
                .filter(t -> t != null).map(Timestamp::toInstant);
    }
}
