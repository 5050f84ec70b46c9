package org.minga.participation.internal;

import java.net.URI;
import java.util.List;

import org.minga.participation.internal.ProcessReadModel.Report;
import org.minga.participation.internal.ProcessService.NewProcess;
import org.minga.participation.internal.ProcessService.StageUpdate;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.platform.Times;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Participatory processes as JSON: the process with its stages, team and pilots, and its report. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
record ProcessApi(ProcessService service, ProcessReadModel read, CollectiveProjects projects) {

    record ProcessSheet(ProcessReadModel.ProcessView process, List<ProcessReadModel.ProcessStageView> stages,
            List<ProcessReadModel.TeamMemberView> team, List<String> directorates,
            List<ProcessReadModel.Pilot> pilots, List<CollectiveProjects.ProjectSheet> projects) {
    }

    /** A collective project with the plan actions it serves (and their resources' totals). */
    record IdOnly(long id) {
    }

    record NewTeamMember(String name, String role) {
    }

    record Directorates(List<String> names) {
    }

    record PilotEvaluation(long spaceId, String evaluation, String adjustments) {
    }

    @GetMapping("/api/v1/participation/processes/{id}")
    ProcessSheet process(@PathVariable long id) {
        CurrentUser user = CurrentUsers.require();
        var p = service.process(user, id);
        return new ProcessSheet(p, read.stages(id, Times.todayIn(p.jurisdictionId())), read.team(id),
                read.directorates(id), read.pilots(id), projects.sheets(id, p.jurisdictionId()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/participation/processes/{id}/projects")
    ResponseEntity<IdOnly> formulate(@PathVariable long id, @RequestBody CollectiveProjects.NewProject cmd) {
        long project = projects.formulate(CurrentUsers.requireWriter(), id, cmd);
        return ResponseEntity.created(URI.create("/api/v1/participation/processes/" + id)).body(new IdOnly(project));
    }

    @GetMapping("/api/v1/participation/processes/{id}/report")
    Report report(@PathVariable long id) {
        return read.report(service.process(CurrentUsers.require(), id));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/participation/processes")
    ResponseEntity<IdOnly> open(@RequestBody NewProcess cmd) {
        long id = service.open(CurrentUsers.requireWriter(), cmd);
        return ResponseEntity.created(URI.create("/api/v1/participation/processes/" + id)).body(new IdOnly(id));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/participation/processes/{id}/stages/{index}")
    IdOnly stage(@PathVariable long id, @PathVariable int index, @RequestBody StageUpdate cmd) {
        service.updateStage(CurrentUsers.requireWriter(), id, index, cmd);
        return new IdOnly(id);
    }

    record NewStage(String name) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/participation/processes/{id}/stages")
    IdOnly addStage(@PathVariable long id, @RequestBody NewStage cmd) {
        service.addStage(CurrentUsers.requireWriter(), id, cmd.name());
        return new IdOnly(id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/participation/processes/{id}/team")
    IdOnly team(@PathVariable long id, @RequestBody NewTeamMember cmd) {
        service.addTeamMember(CurrentUsers.requireWriter(), id, cmd.name(), cmd.role());
        return new IdOnly(id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/participation/processes/{id}/directorates")
    IdOnly directorates(@PathVariable long id, @RequestBody Directorates cmd) {
        service.addDirectorates(CurrentUsers.requireWriter(), id, cmd.names());
        return new IdOnly(id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/participation/processes/{id}/pilots")
    IdOnly pilot(@PathVariable long id, @RequestBody PilotEvaluation cmd) {
        service.evaluatePilot(CurrentUsers.requireWriter(), id, cmd.spaceId(), cmd.evaluation(), cmd.adjustments());
        return new IdOnly(id);
    }

    /** A template of stages: its code and the stages a process opened with it starts with. */
    record Template(String code, List<String> stages) {
    }

    @GetMapping("/api/v1/participation/processes/templates")
    List<Template> templates() {
        CurrentUsers.require();
        return java.util.Arrays.stream(org.minga.participation.internal.domain.ProcessTemplate.values())
                .map(t -> new Template(t.name(), t.stages())).toList();
    }
}
