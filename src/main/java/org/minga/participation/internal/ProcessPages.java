package org.minga.participation.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.minga.participation.internal.ProcessReadModel.ProcessView;
import org.minga.participation.internal.domain.ProcessTemplate;
import org.minga.participation.internal.domain.StageStatus;
import org.minga.platform.FormPages;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Requires;
import org.minga.platform.Times;
import org.minga.platform.ValidationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: the participatory processes of a jurisdiction, one process with its stages, team, pilots and report. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record ProcessPages(ProcessService service, ProcessReadModel read, Scopes scopes, CollectiveProjects projects) {

    @GetMapping("/participation/processes")
    String index(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        var j = scopes.jurisdiction(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("processes", read.all(j.id()));
        model.addAttribute("templates", ProcessTemplate.values());
        model.addAttribute("canWrite", scopes.canWrite(user));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        return "participation/processes";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/processes")
    String open(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String name,
            @RequestParam(required = false) String template,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            Model model) {
        return FormPages.orPage(model,
                () -> "redirect:/participation/processes/" + service.open(CurrentUsers.requireWriter(),
                        new ProcessService.NewProcess(jurisdiction, name, template, startsOn, endsOn)),
                () -> index(jurisdiction, model));
    }

    @GetMapping("/participation/processes/{id}")
    String process(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ProcessView p = service.process(user, id);
        model.addAttribute("p", p);
        model.addAttribute("stages", read.stages(id, Times.todayIn(p.jurisdictionId())));
        model.addAttribute("team", read.team(id));
        model.addAttribute("directorates", read.directorates(id));
        model.addAttribute("pilots", read.pilots(id));
        model.addAttribute("projects", projects.sheets(id, p.jurisdictionId()));
        model.addAttribute("report", read.report(p));
        model.addAttribute("statuses", StageStatus.values());
        model.addAttribute("canWrite", scopes.canWrite(user));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        return "participation/process";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/processes/{id}/stages/{index}")
    String stage(@PathVariable long id, @PathVariable int index,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String responsible, @RequestParam(required = false) String status,
            Model model) {
        return FormPages.orPage(model, () -> {
            service.updateStage(CurrentUsers.requireWriter(), id, index,
                    new ProcessService.StageUpdate(startsOn, endsOn, responsible, status, null));
            return "redirect:/participation/processes/" + id;
        }, () -> process(id, model));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/processes/{id}/team")
    String team(@PathVariable long id, @RequestParam(required = false) String member,
            @RequestParam(required = false) String role, Model model) {
        return FormPages.orPage(model, () -> {
            service.addTeamMember(CurrentUsers.requireWriter(), id, member, role);
            return "redirect:/participation/processes/" + id;
        }, () -> process(id, model));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/processes/{id}/directorates")
    String directorates(@PathVariable long id, @RequestParam(required = false) String directorates, Model model) {
        return FormPages.orPage(model, () -> {
            service.addDirectorates(CurrentUsers.requireWriter(), id, directorates == null ? List.of()
                    : Arrays.stream(directorates.split("\\n")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList());
            return "redirect:/participation/processes/" + id;
        }, () -> process(id, model));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/processes/{id}/pilots")
    String pilot(@PathVariable long id, @RequestParam(required = false) Long spaceId,
            @RequestParam(required = false) String evaluation, @RequestParam(required = false) String adjustments,
            Model model) {
        return FormPages.orPage(model, () -> {
            if (spaceId == null) {
                throw new ValidationException("spaceId", "Elija el taller piloto.");
            }
            service.evaluatePilot(CurrentUsers.requireWriter(), id, spaceId, evaluation, adjustments);
            return "redirect:/participation/processes/" + id;
        }, () -> process(id, model));
    }

}
