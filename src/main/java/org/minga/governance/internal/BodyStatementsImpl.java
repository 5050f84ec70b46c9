package org.minga.governance.internal;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.Gov.MemberRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The custom part of {@link BodyRepository}, in SQL. */
@RequiredArgsConstructor
class BodyStatementsImpl implements BodyStatements {

    private final JdbcClient jdbc;

    @Override
    public long addMember(long bodyId, long actorId, String personName, String position, String email, Long userId,
            MemberRole role) {
        return jdbc.sql("""
                insert into gov_member (body_id, actor_id, person_name, position, email, user_id, role)
                values (:b, :a, :n, :p, :e, :u, :r) returning id""")
                .param("b", bodyId).param("a", actorId).param("n", personName).param("p", position)
                .param("e", email).param("u", userId).param("r", role.name()).query(Long.class).single();
    }

    @Override
    public void deactivateMember(long memberId) {
        jdbc.sql("update gov_member set active = false where id = :id").param("id", memberId).update();
    }

    @Override
    public int cancelSessionsFrom(long bodyId, java.time.Instant from) {
        return jdbc.sql("""
                update gov_session set status = 'CANCELLED', version = version + 1, updated_at = now()
                where body_id = :b and status = 'SCHEDULED' and starts_at >= :from""").param("b", bodyId)
                .param("from", java.sql.Timestamp.from(from)).update();
    }

    @Override
    public void moveCommitments(long bodyId, String territoryPath) {
        jdbc.sql("update gov_commitment set territory_path = :p where body_id = :id").param("p", territoryPath)
                .param("id", bodyId).update();
    }

    @Override
    public List<String> pendingUsernames() {
        return jdbc.sql("select distinct pending_username from gov_member where pending_username is not null")
                .query(String.class).list();
    }

    @Override
    public void linkAccounts(Map<String, Long> accounts) {
        if (!accounts.isEmpty()) {
            List<Map.Entry<String, Long>> pairs = List.copyOf(accounts.entrySet());
            jdbc.sql("""
                    update gov_member m set user_id = a.id, pending_username = null
                    from unnest(cast(:usernames as text[]), cast(:ids as bigint[])) as a(username, id)
                    where m.pending_username = a.username""")
                    .param("usernames", pairs.stream().map(Map.Entry::getKey).toArray(String[]::new))
                    .param("ids", pairs.stream().map(Map.Entry::getValue).toArray(Long[]::new)).update();
        }
        jdbc.sql("""
                update gov_commitment c set responsible_user_id = m.user_id from gov_member m
                where c.responsible_member_id = m.id and c.responsible_user_id is null and m.user_id is not null""")
                .update();
    }
}
