package org.minga.governance.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.CatalogueEntry;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A Red MAS Bienestar (seed 004): an integral network that ties member actors and persons in its territories and
 * feeds a body with what it finds. A person joins only when household says their data may be used (checked before
 * {@link #join}); the same actor or person is not a member twice. Mapped by Spring Data JDBC to {@code gov_network}
 * with its territories and members.
 */
@Table("gov_network")
public class Network extends CatalogueEntry<Network> {

    /** Where the network works: its main territory and the others it covers, within the main one's jurisdiction. */
    public record Place(long territoryId, String path) {
    }

    /** What a network is, its references resolved. */
    public record Draft(long jurisdictionId, String code, String name, String purpose, Place place,
            List<Long> otherTerritories, Long feedsBodyId) {
        public Draft {
            if (code == null || code.isBlank() || code.strip().length() > 40) {
                throw new ValidationException("code", "Indique el código de la red (hasta 40 caracteres).");
            }
            if (name == null || name.isBlank() || name.strip().length() > 300) {
                throw new ValidationException("name", "Indique el nombre de la red (hasta 300 caracteres).");
            }
            otherTerritories = otherTerritories == null ? List.of()
                    : otherTerritories.stream().filter(t -> t != place.territoryId()).distinct().toList();
        }
    }

    /** A territory the network covers beyond its main one. */
    @Table("gov_network_territory")
    public record NetworkTerritory(long territoryId) {
    }

    /** A member: an actor or a person (exactly one), with the role they play and the day they joined. */
    @Table("gov_network_member")
    public record NetworkMember(Long actorId, Long personId, String role, LocalDate joinedOn) {
    }

    /**
     * What the network ties together beyond its members: a social asset, a service of the offer or a care route, by
     * the kind its owner module gives it and its id there.
     */
    @Table("gov_network_link")
    public record NetworkLink(String kind, long targetId) {
    }

    /** The kinds of records a network ties: social assets (actor), services (offer), care routes (referral). */
    public static final List<String> LINK_KINDS = List.of("social-asset", "service", "care-route");

    private String purpose;
    private long territoryId;
    private String territoryPath;
    private Long feedsBodyId;
    private Instant updatedAt;
    @MappedCollection(idColumn = "network_id")
    private Set<NetworkTerritory> territories = new LinkedHashSet<>();
    @MappedCollection(idColumn = "network_id", keyColumn = "position")
    private List<NetworkMember> members = new ArrayList<>();
    @MappedCollection(idColumn = "network_id")
    private Set<NetworkLink> links = new LinkedHashSet<>();

    private Network() {
    }

    public static Network form(Draft d, Instant now) {
        Network n = new Network();
        n.catalogue(d.jurisdictionId(), d.code(), d.name());
        n.purpose = blank(d.purpose());
        n.territoryId = d.place().territoryId();
        n.territoryPath = d.place().path();
        n.feedsBodyId = d.feedsBodyId();
        n.territories = new LinkedHashSet<>(d.otherTerritories().stream().map(NetworkTerritory::new).toList());
        n.updatedAt = now;
        return n;
    }

    public static ConflictException stale() {
        return new ConflictException(
                "Otra persona cambió la red mientras usted la editaba. Recargue la página y repita el cambio.");
    }

    /** An actor joins (as read at {@code readVersion}); refused when it is a member already. */
    public void joinActor(long actorId, String role, LocalDate on, int readVersion, Instant now) {
        requireVersion(readVersion, Network::stale);
        if (members.stream().anyMatch(m -> m.actorId() != null && m.actorId() == actorId)) {
            throw new ValidationException("actorCode", "El actor ya es integrante de la red " + name() + ".");
        }
        join(new NetworkMember(actorId, null, blank(role), on), now);
    }

    /** A person whose data may be used joins; refused when they are a member already. */
    public void joinPerson(long personId, String role, LocalDate on, int readVersion, Instant now) {
        requireVersion(readVersion, Network::stale);
        if (members.stream().anyMatch(m -> m.personId() != null && m.personId() == personId)) {
            throw new ValidationException("personId", "La persona ya es integrante de la red " + name() + ".");
        }
        join(new NetworkMember(null, personId, blank(role), on), now);
    }

    /**
     * The person is no longer a member (their data was anonymised): their place goes, the others keep their order.
     * Answers whether they were a member.
     */
    public boolean forget(long personId, Instant now) {
        boolean was = members.removeIf(m -> m.personId() != null && m.personId() == personId);
        if (was) {
            updatedAt = now;
        }
        return was;
    }

    /**
     * A duplicate person was merged into the one kept: the duplicate's place passes to the kept person, or goes
     * when the kept person is a member already. Answers whether anything changed.
     */
    public boolean mergePerson(long keptPersonId, long mergedPersonId, Instant now) {
        boolean keptIsMember = members.stream().anyMatch(m -> m.personId() != null && m.personId() == keptPersonId);
        if (keptIsMember) {
            return forget(mergedPersonId, now);
        }
        boolean changed = false;
        for (int i = 0; i < members.size(); i++) {
            NetworkMember m = members.get(i);
            if (m.personId() != null && m.personId() == mergedPersonId) {
                members.set(i, new NetworkMember(null, keptPersonId, m.role(), m.joinedOn()));
                changed = true;
            }
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /**
     * The network ties a record (as read at {@code readVersion}, its existence in the jurisdiction checked by its
     * owner first); refused for a kind it does not tie or a record tied already.
     */
    public void tie(String kind, long targetId, int readVersion, Instant now) {
        requireVersion(readVersion, Network::stale);
        requireKind(kind);
        if (!links.add(new NetworkLink(kind, targetId))) {
            throw new ValidationException("targetId", "La red " + name() + " ya articula ese registro.");
        }
        updatedAt = now;
    }

    /** The network no longer ties the record; refused when it did not tie it. */
    public void untie(String kind, long targetId, int readVersion, Instant now) {
        requireVersion(readVersion, Network::stale);
        requireKind(kind);
        if (!links.remove(new NetworkLink(kind, targetId))) {
            throw new ValidationException("targetId", "La red " + name() + " no articula ese registro.");
        }
        updatedAt = now;
    }

    private static void requireKind(String kind) {
        if (kind == null || !LINK_KINDS.contains(kind)) {
            throw new ValidationException("kind", "La red no articula registros de tipo «" + kind
                    + "»: indique social-asset (activo social), service (servicio) o care-route (ruta de atención).");
        }
    }

    public Set<NetworkLink> links() {
        return Set.copyOf(links);
    }

    private void join(NetworkMember m, Instant now) {
        members.add(m);
        updatedAt = now;
    }

    public List<NetworkMember> members() {
        return List.copyOf(members);
    }
}
