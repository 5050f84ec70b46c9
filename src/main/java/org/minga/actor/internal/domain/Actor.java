package org.minga.actor.internal.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An actor (actor): an organisation that acts in territories (a secretaría, an ONG, a community organisation...),
 * with its type, sectors, the entity it depends on and the territories where it acts. Its description changes as a
 * whole ({@link #describe}); a description without a sector is refused.
 *
 * <p>Mapped by Spring Data JDBC to the {@code actor} table and its {@code actor_territory} rows (only mapping
 * annotations). The public {@code uid} and {@code created_at} are the database's and not part of the aggregate.
 */
@Table("actor")
public class Actor extends Registered<Actor> {

    /** What describes an actor, every reference already resolved. */
    public record Description(String code, String name, String acronym, ActorType type, Long parentId,
            List<Sector> sectors, String description, String website, String email, String phone, boolean active) {

        public Description {
            if (sectors == null || sectors.isEmpty()) {
                throw new ValidationException("sectors",
                        "Indique al menos un sector (salud, educación, bienestar social...).");
            }
            sectors = List.copyOf(new LinkedHashSet<>(sectors));
        }
    }

    private String acronym;
    private ActorType type;
    private Long parentId;
    private List<String> sectors;
    private String description;
    private String website;
    private String email;
    private String phone;
    private String status;
    private String searchKey;
    @MappedCollection(idColumn = "actor_id")
    private Set<ActorTerritory> territories = new LinkedHashSet<>();

    private Actor() {
    }

    /** A new actor of a jurisdiction. {@code typeWords} are the type's words, which the search also matches. */
    public Actor(long jurisdictionId, Description d, String typeWords, List<ActorTerritory> where,
            Instant now) {
        super(jurisdictionId);
        describe(d, typeWords, where, now);
    }

    /** Changes the whole description and the territories where it acts. */
    public final void describe(Description d, String typeWords, List<ActorTerritory> where, Instant now) {
        named(d.code(), d.name(), now);
        acronym = blank(d.acronym());
        type = d.type();
        parentId = d.parentId();
        sectors = d.sectors().stream().map(Enum::name).toList();
        description = blank(d.description());
        website = blank(d.website());
        email = blank(d.email());
        phone = blank(d.phone());
        status = d.active() ? "ACTIVE" : "INACTIVE";
        searchKey = TextKeys.key(String.join(" ", d.name(), d.acronym() == null ? "" : d.acronym(), d.code(),
                typeWords));
        territories = new LinkedHashSet<>(where);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public List<Sector> sectors() {
        return sectors.stream().map(Sector::valueOf).toList();
    }
}
