package org.minga.virtual.internal;

import java.util.List;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.virtual.internal.OnlineSessionReadModel.SessionView;
import org.springframework.stereotype.Component;

/** Online sessions as a user may read them, and as the public form shows one. */
@Component
record OnlineSessionQueries(OnlineSessionReadModel read, VirtualTerritoryQueries territories, VirtualAccess access) {

    List<SessionView> ofVirtualTerritory(long virtualTerritoryId, CurrentUser user) {
        territories.one(virtualTerritoryId, user);
        return read.ofVirtualTerritory(virtualTerritoryId);
    }

    SessionView one(long id, CurrentUser user) {
        SessionView s = read.one(id).orElseThrow(() -> new NotFoundException("La sesión " + id + " no existe."));
        access.requireReadable(s.jurisdictionId(), s.territoryPath(), user, "La sesión " + id);
        return s;
    }

    /** The session of a public form, with whether the form is open today. */
    Optional<PublicSession> byToken(String token) {
        return read.byToken(token == null ? "" : token).map(s -> {
            java.time.LocalDate today = access.today(s.jurisdictionId());
            return new PublicSession(s, !today.isBefore(s.heldOn())
                    && !today.isAfter(s.heldOn().plusDays(org.minga.virtual.internal.domain.OnlineSession.FORM_DAYS)));
        });
    }

    /** A session as its public page shows it. */
    record PublicSession(SessionView session, boolean formOpen) {
    }
}
