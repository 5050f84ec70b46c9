package org.minga.governance.internal.domain;

import org.minga.platform.Aggregate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of a Red MAS Bienestar (seed 004): the day it was held (not in the future), where, the actors that
 * attended (at least one), what was agreed and the next steps. A network is not a body: its meetings have no quorum
 * and no acta to approve, so they are recorded as they happened. Mapped by Spring Data JDBC to
 * {@code gov_network_meeting} with its attendees.
 */
@Table("gov_network_meeting")
public class NetworkMeeting extends Aggregate<NetworkMeeting> {

    /** What was recorded of the meeting. */
    public record Minutes(LocalDate heldOn, String place, String agreements, String nextSteps) {
        public Minutes {
            if (heldOn == null) {
                throw new ValidationException("heldOn", "Indique la fecha de la reunión.");
            }
            if (place == null || place.isBlank() || place.strip().length() > 300) {
                throw new ValidationException("place", "Indique el lugar de la reunión (hasta 300 caracteres).");
            }
            if (agreements == null || agreements.isBlank() || agreements.strip().length() > 4000) {
                throw new ValidationException("agreements",
                        "Escriba los acuerdos de la reunión (hasta 4000 caracteres).");
            }
            if (nextSteps != null && nextSteps.strip().length() > 4000) {
                throw new ValidationException("nextSteps", "Los próximos pasos admiten hasta 4000 caracteres.");
            }
        }
    }

    /** An actor that attended. */
    @Table("gov_network_meeting_attendee")
    public record Attendee(long actorId) {
    }

    private long networkId;
    private long jurisdictionId;
    private LocalDate heldOn;
    private String place;
    private String agreements;
    private String nextSteps;
    private String createdBy;
    private Instant createdAt;
    @MappedCollection(idColumn = "meeting_id")
    private Set<Attendee> attendees = new LinkedHashSet<>();

    private NetworkMeeting() {
    }

    /** A meeting held on a day not after {@code today}, with the actors (already resolved) that attended. */
    public static NetworkMeeting held(long networkId, long jurisdictionId, Minutes m, List<Long> actorIds,
            LocalDate today, String by, Instant now) {
        if (m.heldOn().isAfter(today)) {
            throw new ValidationException("heldOn", "La reunión no puede tener una fecha futura: registre las "
                    + "reuniones ya realizadas.");
        }
        if (actorIds == null || actorIds.isEmpty()) {
            throw new ValidationException("attendees", "Indique al menos un actor que asistió a la reunión.");
        }
        NetworkMeeting x = new NetworkMeeting();
        x.networkId = networkId;
        x.jurisdictionId = jurisdictionId;
        x.heldOn = m.heldOn();
        x.place = m.place().strip();
        x.agreements = m.agreements().strip();
        x.nextSteps = blank(m.nextSteps());
        x.createdBy = by;
        x.createdAt = now;
        actorIds.stream().distinct().forEach(a -> x.attendees.add(new Attendee(a)));
        return x;
    }

    public Set<Attendee> attendees() {
        return Set.copyOf(attendees);
    }
}
