package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minga.actor.Actors;
import org.minga.governance.internal.OwnerNames.Listing;
import org.minga.governance.internal.domain.Network;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Networks as people read them: territories and the body they feed by name, member actors; hand-written SQL, the
 * actors' names from actor's API.
 */
@Component
record NetworkReadModel(JdbcClient jdbc, Actors actors) {

    public record NetworkView(long id, long jurisdictionId, String code, String name, String purpose,
            long territoryId, String territoryName, String territoryPath, List<String> otherTerritories,
            Long feedsBodyId, String feedsBodyName, int actors, int persons, int version) implements Access.Placed {
    }

    /** A meeting of the network, with the names of the actors that attended. */
    public record MeetingView(long id, LocalDate heldOn, String place, List<String> attendees, String agreements,
            String nextSteps, String createdBy) {
    }

    /** A member as stored: an actor (with its name) or a person (by id: household gives the rest). */
    public record MemberRow(Long actorId, String actorName, Long personId, String role, LocalDate joinedOn) {
        MemberRow withActorName(String name) {
            return new MemberRow(actorId, name, personId, role, joinedOn);
        }
    }

    private static final String SELECT = """
            select n.*, t.name as territory_name, b.name as feeds_body_name,
                   array(select x.name from gov_network_territory nt join territory x on x.id = nt.territory_id
                          where nt.network_id = n.id order by x.name) as other_territories,
                   (select count(*) from gov_network_member m where m.network_id = n.id and m.actor_id is not null)
                       as actors,
                   (select count(*) from gov_network_member m where m.network_id = n.id and m.person_id is not null)
                       as persons
              from gov_network n join territory t on t.id = n.territory_id
              left join gov_body b on b.id = n.feeds_body_id
            """;

    private static NetworkView map(ResultSet rs, int n) throws SQLException {
        return new NetworkView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("purpose"), rs.getLong("territory_id"),
                rs.getString("territory_name"), rs.getString("territory_path"),
                List.of((String[]) rs.getArray("other_territories").getArray()),
                rs.getObject("feeds_body_id", Long.class), rs.getString("feeds_body_name"), rs.getInt("actors"),
                rs.getInt("persons"), rs.getInt("version"));
    }

    Optional<NetworkView> byId(long id) {
        return jdbc.sql(SELECT + "where n.id = :id").param("id", id).query(NetworkReadModel::map).optional();
    }

    boolean codeTaken(long jurisdictionId, String code) {
        return jdbc.sql("select count(*) from gov_network where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code.strip()).query(Long.class).single() > 0;
    }

    /** The networks the user sees (their subtree and above), by territory and name. */
    List<NetworkView> list(long jurisdictionId, String prefix) {
        return jdbc.sql(SELECT + "where " + Access.visibleSql("n") + " order by n.territory_path, n.name limit 500")
                .param("j", jurisdictionId).param("prefix", prefix).query(NetworkReadModel::map).list();
    }

    /** The networks that feed a body. */
    List<NetworkView> feeding(long bodyId) {
        return jdbc.sql(SELECT + "where n.feeds_body_id = :b order by n.name").param("b", bodyId)
                .query(NetworkReadModel::map).list();
    }

    /** The members in their order, the actors' names from one look-up (actor's). */
    List<MemberRow> members(long networkId) {
        List<MemberRow> rows = jdbc.sql("""
                select m.actor_id, m.person_id, m.role, m.joined_on from gov_network_member m
                 where m.network_id = :n order by m.position""").param("n", networkId)
                .query((rs, i) -> new MemberRow(rs.getObject("actor_id", Long.class), null,
                        rs.getObject("person_id", Long.class), rs.getString("role"),
                        rs.getObject("joined_on", LocalDate.class)))
                .list();
        return OwnerNames.filled(rows, MemberRow::actorId, actors::names, MemberRow::withActorName);
    }

    /** The network's meetings, latest first (the last 50), the attendees' names from one look-up (actor's). */
    List<MeetingView> meetings(long networkId) {
        List<Listing<MeetingView>> rows = jdbc.sql("""
                select m.id, m.held_on, m.place, m.agreements, m.next_steps, m.created_by,
                       array(select x.actor_id from gov_network_meeting_attendee x where x.meeting_id = m.id)
                           as attendee_ids
                  from gov_network_meeting m where m.network_id = :n order by m.held_on desc, m.id desc limit 50""")
                .param("n", networkId)
                .query((rs, i) -> new Listing<>(new MeetingView(rs.getLong("id"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("place"), List.<String>of(),
                        rs.getString("agreements"), rs.getString("next_steps"), rs.getString("created_by")),
                        Listing.ids(rs, "attendee_ids")))
                .list();
        return OwnerNames.filled(rows, actors::names, (m, names) -> new MeetingView(m.id(), m.heldOn(), m.place(),
                names, m.agreements(), m.nextSteps(), m.createdBy()));
    }

    /** What the network ties together (kind and id of the owner module's record), by kind and id. */
    List<Network.NetworkLink> links(long networkId) {
        return jdbc.sql("select kind, target_id from gov_network_link where network_id = :n order by kind, target_id")
                .param("n", networkId)
                .query((rs, i) -> new Network.NetworkLink(rs.getString("kind"), rs.getLong("target_id"))).list();
    }

    /** The materialised paths of the network's territories: its main one first, then the others. */
    List<String> territoryPaths(long networkId) {
        return jdbc.sql("""
                select n.territory_path from gov_network n where n.id = :n
                union all
                select t.path from gov_network_territory nt join territory t on t.id = nt.territory_id
                 where nt.network_id = :n""").param("n", networkId).query(String.class).list();
    }

    /** The ids of the network's territories: its main one first, then the others. */
    List<Long> territoryIds(long networkId) {
        return jdbc.sql("""
                select n.territory_id from gov_network n where n.id = :n
                union all
                select nt.territory_id from gov_network_territory nt where nt.network_id = :n""")
                .param("n", networkId).query(Long.class).list();
    }
}
