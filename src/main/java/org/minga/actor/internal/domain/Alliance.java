package org.minga.actor.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An alliance (alianza) between actors: two or more of them, for a purpose, from a date (and until one, never
 * before it starts), each with what it contributes. Its description changes as a whole; an alliance of fewer than
 * two distinct actors or ending before it starts is refused.
 *
 * <p>Mapped by Spring Data JDBC to the {@code alliance} table and its {@code alliance_member} rows.
 */
@Table("alliance")
public class Alliance extends Registered<Alliance> {

    /** Where an alliance works: a territory (with its path) or, when null, the whole jurisdiction. */
    public record Place(Long territoryId, String territoryPath) {
        public static final Place JURISDICTION = new Place(null, null);
    }

    /** What describes an alliance, every reference resolved. */
    public record Description(String code, String name, String purpose, AllianceScope scope, Place place,
            LocalDate startDate, LocalDate endDate, AllianceStatus status, List<AllianceMember> members) {

        public Description {
            if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
                throw new ValidationException("endDate", "La fecha de fin no puede ser anterior a la de inicio.");
            }
            if (members == null || members.stream().map(AllianceMember::actorId).distinct().count() < 2) {
                throw new ValidationException("members", "Una alianza reúne al menos dos actores distintos.");
            }
            members = List.copyOf(members);
        }
    }

    private String purpose;
    private AllianceScope scope;
    private Long territoryId;
    private String territoryPath;
    private LocalDate startDate;
    private LocalDate endDate;
    private AllianceStatus status;
    @MappedCollection(idColumn = "alliance_id")
    private Set<AllianceMember> members = new LinkedHashSet<>();

    private Alliance() {
    }

    /** A new record of a jurisdiction, described. */
    public Alliance(long jurisdictionId, Description d, Instant now) {
        super(jurisdictionId);
        describe(d, now);
    }

    public final void describe(Description d, Instant now) {
        named(d.code(), d.name(), now);
        purpose = d.purpose().strip();
        scope = d.scope();
        territoryId = d.place().territoryId();
        territoryPath = d.place().territoryPath();
        startDate = d.startDate();
        endDate = d.endDate();
        status = d.status();
        members = new LinkedHashSet<>(d.members());
    }
}
