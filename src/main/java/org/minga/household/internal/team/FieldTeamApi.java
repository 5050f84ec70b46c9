package org.minga.household.internal.team;

import java.net.URI;
import java.util.List;

import org.minga.household.internal.team.FieldTeamRecords.TeamCommand;
import org.minga.household.internal.team.FieldTeamRecords.TeamView;
import org.minga.household.internal.team.FieldTeamRecords.Workload;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Field teams and their workload as JSON. */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
record FieldTeamApi(FieldTeamService teamService, FieldTeamReadModel reads) {

    @Requires(Capability.READ_TERRITORIAL_INFO)
    @GetMapping("/api/v1/field-teams")
    List<TeamView> teams() {
        return reads.teams(CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/api/v1/field-teams")
    ResponseEntity<TeamView> createTeam(@RequestBody TeamCommand c) {
        TeamView v = teamService.create(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/field-teams/" + v.id())).body(v);
    }

    /** The team's institutional contact, shown on the local management board. */
    record ContactCommand(String phone, String email) {
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @org.springframework.web.bind.annotation.PutMapping("/api/v1/field-teams/{id}/contact")
    TeamView contact(@PathVariable long id, @RequestBody ContactCommand c) {
        return teamService.contact(id, c.phone(), c.email(), CurrentUsers.require());
    }

    @GetMapping("/api/v1/field-teams/{id}/workload")
    Workload workload(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return reads.workload(id, CurrentUsers.require(), PageRequest.of(page, size));
    }
}
