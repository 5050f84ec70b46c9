package org.minga.household.internal.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.minga.household.internal.shared.Json;
import org.minga.household.internal.visit.FieldChanges.Answer;
import org.minga.household.internal.visit.FieldChanges.ChangeStatus;
import org.minga.household.internal.visit.FieldChanges.Conflict;
import org.minga.household.internal.visit.FieldChanges.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The changes devices sent, one row per change id (the idempotency key), and the devices' last preparation and
 * synchronisation. A change is claimed (its row inserted) under the savepoint that then applies it: a second copy
 * arriving meanwhile waits on the key and then finds the answer.
 */
@Component
public record FieldChangeRepository(JdbcClient jdbc, Json json) {

    /** Who sent a change and where it goes. */
    public record Sender(String username, String deviceId, Long jurisdictionId, String territoryPath) {
    }

    /** The answer already given to change {@code id} of this user, if it arrived before. */
    public Optional<Answer> answerOf(UUID id, String username) {
        return jdbc.sql("""
                select id, status, result::text, message from field_change
                where id = :id and username = :u""").param("id", id).param("u", username)
                .query((rs, n) -> answer(rs)).optional();
    }

    /** A change already received, with whose it is. */
    public record Prior(String username, Answer answer) {
    }

    /** The changes of {@code ids} received before, whoever sent them, by id (one query for a request). */
    public Map<UUID, Prior> priors(List<UUID> ids) {
        Map<UUID, Prior> found = new HashMap<>();
        jdbc.sql(
                "select id, status, result::text, message, username from field_change where id = any(cast(:ids as uuid[]))")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query((ResultSet rs) -> {
                    Prior p = new Prior(rs.getString(5), answer(rs));
                    found.put(p.answer().id(), p);
                });
        return found;
    }

    private Answer answer(ResultSet rs) throws SQLException {
        ChangeStatus status = ChangeStatus.valueOf(rs.getString(2));
        Map<String, Object> result = rs.getString(3) == null ? Map.of() : json.map(rs.getString(3));
        @SuppressWarnings("unchecked")
        Map<String, Object> server = (Map<String, Object>) result.getOrDefault("server", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> created = (Map<String, Object>) result.getOrDefault("created", Map.of());
        return new Answer(rs.getObject(1, UUID.class), status, created, rs.getString(4), server);
    }

    /**
     * Inserts the change's row with its answer unless a row with its id exists; waits for a copy being applied in
     * another transaction. False when the change was there already.
     */
    public boolean claim(FieldChanges.Change c, Sender s, ChangeStatus status, Object payload, String message,
            Map<String, Object> created, Map<String, Object> server) {
        return jdbc.sql("""
                insert into field_change (id, jurisdiction_id, username, device_id, kind, household_id, status,
                                          payload, result, message)
                values (:id, :j, :u, :d, :k, :h, :s, cast(:payload as jsonb), cast(:result as jsonb), :m)
                on conflict (id) do nothing""")
                .param("id", c.id()).param("j", s.jurisdictionId()).param("u", s.username()).param("d", s.deviceId())
                .param("k", c.kind() == null ? "?" : c.kind().name()).param("h", c.householdId())
                .param("s", status.name()).param("payload", payload == null ? null : json.write(payload))
                .param("result", json.write(Map.of("created", created, "server", server)))
                .param("m", message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message)
                .update() == 1;
    }

    /** What the change created, once applied (the row was claimed under the same savepoint). */
    public void applied(UUID id, Map<String, Object> created) {
        jdbc.sql("update field_change set result = cast(:r as jsonb) where id = :id")
                .param("r", json.write(Map.of("created", created, "server", Map.of()))).param("id", id).update();
    }

    /** Closes a conflict of this user: replaced by change {@code by}, or discarded ({@code by} null). */
    public int resolve(UUID id, UUID by, String username) {
        return jdbc.sql("""
                update field_change set resolved_at = now(), resolved_by = cast(:by as uuid), payload = null,
                       status = case when cast(:by as uuid) is null then 'DESCARTADO' else status end
                where id = :id and username = :u and status = 'CONFLICTO' and resolved_at is null""")
                .param("id", id).param("by", by == null ? null : by.toString()).param("u", username).update();
    }

    /** The user's changes waiting for a choice, oldest first. */
    public List<Conflict> conflicts(String username) {
        return jdbc.sql("""
                select id, kind, household_id, received_at, message, payload::text, result::text from field_change
                where username = :u and status = 'CONFLICTO' and resolved_at is null order by received_at, id""")
                .param("u", username).query((rs, n) -> conflict(rs)).list();
    }

    @SuppressWarnings("unchecked")
    private Conflict conflict(ResultSet rs) throws SQLException {
        Map<String, Object> result = rs.getString(7) == null ? Map.of() : json.map(rs.getString(7));
        Timestamp at = rs.getTimestamp(4);
        return new Conflict(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)), (Long) rs.getObject(3),
                at.toInstant(), rs.getString(5), rs.getString(6) == null ? Map.of() : json.map(rs.getString(6)),
                (Map<String, Object>) result.getOrDefault("server", Map.of()));
    }

    /** A device prepared its day. */
    public void prepared(Sender s, int households) {
        jdbc.sql("""
                insert into field_device (username, device_id, jurisdiction_id, territory_path, prepared_at,
                                          prepared_households)
                values (:u, :d, :j, :p, now(), :n)
                on conflict (username, device_id) do update set jurisdiction_id = excluded.jurisdiction_id,
                    territory_path = excluded.territory_path, prepared_at = now(), prepared_households = :n""")
                .param("u", s.username()).param("d", s.deviceId()).param("j", s.jurisdictionId())
                .param("p", s.territoryPath()).param("n", households).update();
    }

    /** A device synchronised and still holds {@code pending} changes. */
    public void synced(Sender s, int pending) {
        jdbc.sql("""
                insert into field_device (username, device_id, jurisdiction_id, territory_path, last_sync_at,
                                          pending_changes)
                values (:u, :d, :j, :p, now(), :n)
                on conflict (username, device_id) do update set last_sync_at = now(), pending_changes = :n""")
                .param("u", s.username()).param("d", s.deviceId()).param("j", s.jurisdictionId())
                .param("p", s.territoryPath()).param("n", pending).update();
    }
}
