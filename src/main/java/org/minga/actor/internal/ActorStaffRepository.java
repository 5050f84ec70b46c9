package org.minga.actor.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorStaff.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code actor_staff} rows: which users work for which actor (a link with no identity of its own). */
@Repository
@RequiredArgsConstructor
class ActorStaffRepository {

    private final JdbcClient jdbc;

    List<Long> actorsOf(long userId) {
        return jdbc.sql("select actor_id from actor_staff where user_id = :u order by actor_id").param("u", userId)
                .query(Long.class).list();
    }

    boolean isStaff(long actorId, long userId) {
        return jdbc.sql("select count(*) from actor_staff where actor_id = :a and user_id = :u").param("a", actorId)
                .param("u", userId).query(Long.class).single() > 0;
    }

    List<Member> staffOf(long actorId) {
        return jdbc.sql("""
                select actor_id, user_id, username, position, added_by, added_at from actor_staff where actor_id = :a
                order by username""")
                .param("a", actorId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Adds a user to an actor's staff; answers when. */
    Instant add(long actorId, long userId, String username, String position, String addedBy) {
        return jdbc.sql("""
                insert into actor_staff (actor_id, user_id, username, position, added_by)
                values (:a, :u, :n, :p, :by) returning added_at""")
                .param("a", actorId).param("u", userId).param("n", username).param("p", position)
                .param("by", addedBy).query(Timestamp.class).single().toInstant();
    }

    void remove(long actorId, long userId) {
        jdbc.sql("delete from actor_staff where actor_id = :a and user_id = :u").param("a", actorId)
                .param("u", userId).update();
    }
}
