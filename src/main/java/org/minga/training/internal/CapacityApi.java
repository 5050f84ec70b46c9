package org.minga.training.internal;

import java.net.URI;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.minga.training.internal.TrainingApi.Created;
import org.minga.training.internal.TrainingViews.AssistanceRow;
import org.minga.training.internal.TrainingViews.CapacityView;
import org.minga.training.internal.TrainingViews.HoldingRow;
import org.minga.training.internal.TrainingViews.TeamView;
import org.minga.training.internal.TrainingViews.ToolboxRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The capacity catalogue, teams and their gaps, who holds what, technical assistance and the toolbox, as JSON. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record CapacityApi(CapacityCatalogue catalogue, TechnicalAssistances assistance, Toolbox toolbox,
        TrainingQueries queries, TrainingAccess access) {

    @GetMapping("/api/v1/capacities")
    List<CapacityView> listCapacities(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return catalogue.catalogue(access.jurisdiction(jurisdiction, user));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/capacities")
    ResponseEntity<CapacityView> createCapacity(@RequestBody CapacityCatalogue.CapacityCommand c) {
        CapacityView v = catalogue.define(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/capacities")).body(v);
    }

    @GetMapping("/api/v1/capacities/teams")
    List<TeamView> listCapacityTeams(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return catalogue.teams(access.jurisdiction(jurisdiction, user), user);
    }

    @GetMapping("/api/v1/capacities/teams/{id}")
    TeamView getCapacityTeam(@PathVariable long id) {
        return catalogue.team(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/capacities/teams")
    ResponseEntity<Created> createCapacityTeam(@RequestBody CapacityCatalogue.TeamCommand c) {
        long id = catalogue.formTeam(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/capacities/teams/" + id)).body(new Created(id));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/capacities/teams/{id}/members")
    TeamView addCapacityTeamMember(@PathVariable long id, @RequestBody CapacityCatalogue.MemberCommand c) {
        catalogue.join(id, c, CurrentUsers.require());
        return catalogue.team(id, CurrentUsers.require());
    }

    /** What a person (personal data) or an official holds, with the history. */
    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/capacities/holdings")
    List<HoldingRow> listCapacityHoldings(@RequestParam(required = false) Long person,
            @RequestParam(required = false) String user) {
        if (person != null) {
            return catalogue.personHoldings(person, CurrentUsers.require());
        }
        if (user == null || user.isBlank()) {
            throw new ValidationException("person", "Indique la persona (person) o el usuario (user).");
        }
        return catalogue.userHoldings(user.strip(), CurrentUsers.require());
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/capacities/trained-agents")
    TrainingQueries.TrainedAgents getTrainedAgents(@RequestParam long territory) {
        return queries.trainedAgents(territory, CurrentUsers.require());
    }

    @GetMapping("/api/v1/technical-assistance")
    List<AssistanceRow> listTechnicalAssistance(@RequestParam(required = false) String jurisdiction) {
        CurrentUser user = CurrentUsers.require();
        return assistance.prioritised(access.jurisdiction(jurisdiction, user), user);
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/technical-assistance")
    ResponseEntity<Created> createTechnicalAssistance(@RequestBody TechnicalAssistances.AssistanceCommand c) {
        long id = assistance.record(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/technical-assistance")).body(new Created(id));
    }

    @GetMapping("/api/v1/toolbox")
    List<ToolboxRow> listToolbox(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String level) {
        CurrentUser user = CurrentUsers.require();
        return toolbox.items(access.jurisdiction(jurisdiction, user), level, false);
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/toolbox")
    ResponseEntity<Created> createToolboxItem(@RequestBody Toolbox.ItemCommand c) {
        long id = toolbox.publish(c, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/toolbox")).body(new Created(id));
    }

    /** Who uses an item: the records (bodies, fairs, dialogues, programmes) and a note, replacing what was said. */
    @Requires(Capability.RUN_TRAINING)
    @PutMapping("/api/v1/toolbox/{id}/uses")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setToolboxItemUses(@PathVariable long id, @RequestBody Toolbox.ToolboxUsesCommand c) {
        toolbox.usedBy(id, c, CurrentUsers.require());
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/api/v1/toolbox/{id}/versions")
    Created reviseToolboxItem(@PathVariable long id, @RequestBody Toolbox.RevisionCommand c) {
        return new Created(toolbox.revise(id, c, CurrentUsers.require()));
    }
}
