package org.minga.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.governance.internal.NetworkReadModel.MeetingView;
import org.minga.governance.internal.NetworkReadModel.NetworkView;
import org.minga.governance.internal.domain.NetworkMeeting;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the meetings of a Red MAS Bienestar: date, place, the actors that attended (by code or name), agreements
 * and next steps. Those who run governance over the network's territory record them; whoever sees the network
 * reads them on its page.
 */
@Service
@RequiredArgsConstructor
public class NetworkMeetings {

    /** A meeting as the page or the API sends it; attendees are actor codes or names. */
    public record MeetingForm(LocalDate heldOn, String place, List<String> attendees, String agreements,
            String nextSteps) {
    }

    private final NetworkMeetingRepository repository;
    private final NetworkReadModel read;
    private final Actors actors;
    private final Access access;
    private final AuditLog audit;

    public List<MeetingView> list(long networkId, CurrentUser user) {
        access.requireVisible(read.byId(networkId), user, "la red " + networkId);
        return read.meetings(networkId);
    }

    @Transactional
    public MeetingView record(long networkId, MeetingForm f, CurrentUser user) {
        NetworkView n = access.requireVisible(read.byId(networkId), user, "la red " + networkId);
        access.requireEditor(user, n.jurisdictionId(), n.territoryPath(), "la red " + n.name());
        List<FieldError> errors = new ArrayList<>();
        List<Long> attendees = new ArrayList<>();
        for (String typed : f.attendees() == null ? List.<String>of() : f.attendees()) {
            if (typed != null && !typed.isBlank()) {
                actors.named(n.jurisdictionId(), typed).orError("attendees", "el actor asistente", errors)
                        .map(ActorSummary::id).ifPresent(attendees::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate today = LocalDate.now(access.jurisdiction(n.jurisdictionId()).zoneId());
        NetworkMeeting m = NetworkMeeting.held(networkId, n.jurisdictionId(),
                new NetworkMeeting.Minutes(f.heldOn(), f.place(), f.agreements(), f.nextSteps()), attendees, today,
                user.username(), Instant.now());
        long id = repository.save(m).id().value();
        MeetingView v = read.meetings(networkId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record("CREATE", "gov_network_meeting", id, n.jurisdictionId(),
                "Reunión de la red " + n.name() + " del " + v.heldOn(), null, v);
        return v;
    }
}
