package org.minga.governance.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.minga.governance.internal.Gov.ManagementLevel;
import org.minga.governance.internal.Gov.SessionPeriodicity;
import org.minga.platform.CatalogueEntry;
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
public class Body extends CatalogueEntry<Body> {

    /** Where a body sits. */
    public record Place(long territoryId, String path, String name) {
    }

    /** The body above: its level and territory bound the one below. */
    public record Parent(long id, ManagementLevel level, String territoryPath, String territoryName) {
    }

    /** The type from the jurisdiction's catalogue: its code, and whether its bodies are temporary units. */
    public record Kind(String code, String name, boolean temporary) {
    }

    /**
     * The main body of a two-tier body this one is a tier of (the Mesa MAS Bienestar's mesa gerencia and mesa
     * técnica, with equal power of decision): its level, territory, parent, and whether it is a tier itself.
     */
    public record Tier(long id, String name, ManagementLevel level, long territoryId, Long parentId,
            boolean isTierItself) {
    }

    /** A temporary unit's term: the day it closes, and the demonstration exercise or priority it serves. */
    public record Term(LocalDate endsOn, Long exerciseId, String purpose) {
    }

    /**
     * What a body is, every reference already resolved; the rules between body, parent, main body and term are
     * checked here.
     */
    public record Draft(long jurisdictionId, String code, String name, Kind kind, ManagementLevel level,
            Place place, Parent parent, Tier tierOf, Term term, SessionPeriodicity periodicity, int quorumPercent,
            String description) {
        public Draft {
            checkTier(tierOf, level, place, parent);
            checkTerm(kind, term);
            if (parent != null && parent.level().ordinal() > level.ordinal()) {
                throw new ValidationException("parentCode",
                        "La instancia superior debe ser de un nivel de gestión igual o más alto.");
            }
            if (parent != null && !place.path().startsWith(parent.territoryPath())) {
                throw new ValidationException("parentCode", "El territorio de la instancia superior ("
                        + parent.territoryName() + ") no contiene a " + place.name() + ".");
            }
        }

        private static void checkTier(Tier tier, ManagementLevel level, Place place, Parent parent) {
            if (tier == null) {
                return;
            }
            if (tier.isTierItself()) {
                throw new ValidationException("tierOfCode",
                        tier.name() + " ya es un nivel de otra instancia: una instancia tiene dos niveles, no más.");
            }
            if (tier.level() != level || tier.territoryId() != place.territoryId()) {
                throw new ValidationException("tierOfCode", "Un nivel de " + tier.name()
                        + " tiene su mismo nivel de gestión y su mismo territorio.");
            }
            if (!Objects.equals(tier.parentId(), parent == null ? null : parent.id())) {
                throw new ValidationException("parentCode",
                        "Un nivel escala a la misma instancia superior que " + tier.name() + ".");
            }
        }

        private static void checkTerm(Kind kind, Term term) {
            boolean ends = term != null && term.endsOn() != null;
            if (kind.temporary() && !ends) {
                throw new ValidationException("endsOn", "Una " + kind.name()
                        + " es una unidad temporal: indique la fecha en que se cierra.");
            }
            if (!kind.temporary() && ends) {
                throw new ValidationException("endsOn",
                        "Solo las unidades temporales (un tipo temporal del catálogo) tienen fecha de cierre.");
            }
            if (kind.temporary() && term.exerciseId() == null && blank(term.purpose()) == null) {
                throw new ValidationException("purpose", "Indique la prioridad o el ejercicio demostrativo "
                        + "para el que se crea la unidad temporal.");
            }
        }
    }

    @Column("body_type")
    private String type;
    private ManagementLevel level;
    private long territoryId;
    private String territoryPath;
    private Long parentId;
    private Long tierOfId;
    private LocalDate endsOn;
    private Long exerciseId;
    private String purpose;
    private LocalDate closedOn;
    private SessionPeriodicity periodicity;
    private int quorumPercent;
    private String description;
    private boolean active;
    private Instant updatedAt;

    private Body() {
    }

    public static Body create(Draft d, Instant now) {
        Body b = new Body();
        b.active = true;
        b.apply(d.jurisdictionId(), d, now);
        return b;
    }

    /** Changes what the body is, as read at {@code readVersion}. */
    public void revise(Draft d, int readVersion, Instant now) {
        requireVersion(readVersion, Body::stale);
        apply(jurisdictionId(), d, now);
    }

    public static ConflictException stale() {
        return new ConflictException(
                "Otra persona cambió la instancia mientras usted la editaba. Recargue la página y repita el cambio.");
    }

    private void apply(long jurisdictionId, Draft d, Instant now) {
        catalogue(jurisdictionId, d.code(), d.name());
        type = d.kind().code();
        level = d.level();
        territoryId = d.place().territoryId();
        territoryPath = d.place().path();
        parentId = d.parent() == null ? null : d.parent().id();
        tierOfId = d.tierOf() == null ? null : d.tierOf().id();
        endsOn = d.term() == null ? null : d.term().endsOn();
        exerciseId = d.term() == null ? null : d.term().exerciseId();
        purpose = d.term() == null ? null : blank(d.term().purpose());
        periodicity = d.periodicity();
        quorumPercent = d.quorumPercent();
        description = blank(d.description());
        updatedAt = now;
    }

    /**
     * A temporary unit closes on its end date: from that day it is no longer active (its history stays). Refused
     * for a body without an end date, before that date, or when it is already closed.
     */
    public void closeOnEnd(LocalDate today, Instant now) {
        if (endsOn == null) {
            throw new ConflictException(
                    "La instancia " + name() + " no es una unidad temporal: no tiene fecha de cierre.");
        }
        if (!active) {
            throw new ConflictException("La unidad temporal " + name() + " ya está cerrada.");
        }
        if (today.isBefore(endsOn)) {
            throw new ConflictException("La unidad temporal " + name() + " se cierra el " + endsOn + ", no antes.");
        }
        active = false;
        closedOn = endsOn;
        updatedAt = now;
    }

    public boolean active() {
        return active;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String territoryPath() {
        return territoryPath;
    }
}
