package org.minga.actor.internal.domain;

import java.time.Instant;

import org.minga.platform.TextKeys;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A social asset (activo social): a place, group, leadership or programme of a territory that the community or an
 * institution offers, optionally run by an actor and placed on the map. Its description changes as a whole.
 *
 * <p>Mapped by Spring Data JDBC to the {@code social_asset} table (only mapping annotations).
 */
@Table("social_asset")
public class SocialAsset extends Registered<SocialAsset> {

    /** What describes a social asset, every reference resolved: the territory is where the point falls or the one named. */
    public record Description(String code, String name, AssetKind kind, AssetNature nature, String description,
            Long actorId, long territoryId, String territoryPath, String address, Point point, boolean active) {

        public Description {
            if (code == null || code.isBlank() || name == null || name.isBlank() || kind == null || nature == null
                    || territoryPath == null || point == null) {
                throw new IllegalArgumentException("A social asset has a code, a name, a kind, a nature and a place");
            }
        }
    }

    private AssetKind kind;
    private AssetNature nature;
    private String description;
    private Long actorId;
    private Long territoryId;
    private String territoryPath;
    private String address;
    @Embedded.Empty
    private Point point;
    private String status;
    private String searchKey;

    private SocialAsset() {
    }

    /** A new record of a jurisdiction, described. */
    public SocialAsset(long jurisdictionId, Description d, Instant now) {
        super(jurisdictionId);
        describe(d, now);
    }

    public final void describe(Description d, Instant now) {
        named(d.code(), d.name(), now);
        kind = d.kind();
        nature = d.nature();
        description = blank(d.description());
        actorId = d.actorId();
        territoryId = d.territoryId();
        territoryPath = d.territoryPath();
        address = blank(d.address());
        point = d.point();
        status = d.active() ? "ACTIVE" : "INACTIVE";
        searchKey = TextKeys.key(d.name() + " " + d.code() + " " + (d.address() == null ? "" : d.address()));
    }
}
