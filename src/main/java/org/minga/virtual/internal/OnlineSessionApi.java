package org.minga.virtual.internal;

import java.net.URI;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.virtual.internal.OnlineSessionReadModel.SessionView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The online sessions of a virtual territory and their attendance as JSON: bind, call one service, answer. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record OnlineSessionApi(OnlineSessions sessions, OnlineSessionQueries queries) {

    /** The person a facilitator registers as present. */
    record AttendanceCommand(Long personId) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/virtual-territories/{id}/sessions")
    ResponseEntity<SessionView> schedule(@PathVariable long id, @RequestBody OnlineSessions.ScheduleCommand c) {
        long session = sessions.schedule(id, c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/online-sessions/" + session)).body(one(session));
    }

    @GetMapping("/api/v1/virtual-territories/{id}/sessions")
    List<SessionView> ofVirtualTerritory(@PathVariable long id) {
        return queries.ofVirtualTerritory(id, CurrentUsers.require());
    }

    @GetMapping("/api/v1/online-sessions/{id}")
    SessionView one(@PathVariable long id) {
        return queries.one(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/online-sessions/{id}/attendance")
    SessionView registerPerson(@PathVariable long id, @RequestBody AttendanceCommand c) {
        sessions.registerPerson(id, c == null ? null : c.personId(), CurrentUsers.require());
        return one(id);
    }
}
