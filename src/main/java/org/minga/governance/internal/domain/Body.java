package org.minga.governance.internal.domain;

import java.time.Instant;

import org.minga.governance.internal.domain.GovernanceIds.BodyId;
import org.minga.governance.internal.Gov.BodyType;
import org.minga.governance.internal.Gov.ManagementLevel;
import org.minga.governance.internal.Gov.SessionPeriodicity;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A body (instancia): a collegiate body that meets, at a level of management, in a territory, optionally under a
 * body of an equal or higher level whose territory contains its own. Its members, sessions and commitments are
 * rows of their own. Mapped by Spring Data JDBC to {@code gov_body}.
 */
@Table("gov_body")
public class Body extends Aggregate {

    /** Where a body sits. */
    public record Place(long territoryId, String path, String name) {
    }

    /** The body above: its level and territory bound the one below. */
    public record Parent(long id, ManagementLevel level, String territoryPath, String territoryName) {
    }

    /** What a body is, every reference already resolved; the rules between body and parent are checked here. */
    public record Draft(long jurisdictionId, String code, String name, BodyType type, ManagementLevel level,
            Place place,
            Parent parent, SessionPeriodicity periodicity, int quorumPercent, String description) {
        public Draft {
            if (parent != null && parent.level().ordinal() > level.ordinal()) {
                throw new ValidationException("parentCode",
                        "La instancia superior debe ser de un nivel de gestión igual o más alto.");
            }
            if (parent != null && !place.path().startsWith(parent.territoryPath())) {
                throw new ValidationException("parentCode", "El territorio de la instancia superior ("
                        + parent.territoryName() + ") no contiene a " + place.name() + ".");
            }
        }
    }

    private long jurisdictionId;
    private String code;
    private String name;
    @Column("body_type")
    private BodyType type;
    private ManagementLevel level;
    private long territoryId;
    private String territoryPath;
    private Long parentId;
    private SessionPeriodicity periodicity;
    private int quorumPercent;
    private String description;
    private boolean active;
    private Instant updatedAt;

    private Body() {
    }

    public static Body create(Draft d, Instant now) {
        Body b = new Body();
        b.jurisdictionId = d.jurisdictionId();
        b.active = true;
        b.apply(d, now);
        return b;
    }

    /** Changes what the body is, as read at {@code readVersion}. */
    public void revise(Draft d, int readVersion, Instant now) {
        requireVersion(readVersion, Body::stale);
        apply(d, now);
    }

    public static ConflictException stale() {
        return new ConflictException(
                "Otra persona cambió la instancia mientras usted la editaba. Recargue la página y repita el cambio.");
    }

    private void apply(Draft d, Instant now) {
        code = d.code().strip();
        name = d.name().strip();
        type = d.type();
        level = d.level();
        territoryId = d.place().territoryId();
        territoryPath = d.place().path();
        parentId = d.parent() == null ? null : d.parent().id();
        periodicity = d.periodicity();
        quorumPercent = d.quorumPercent();
        description = blank(d.description());
        updatedAt = now;
    }

    public BodyId id() {
        return new BodyId(identity());
    }

    public String territoryPath() {
        return territoryPath;
    }
}
