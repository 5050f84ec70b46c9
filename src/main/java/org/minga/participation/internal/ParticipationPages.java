package org.minga.participation.internal;

import org.minga.participation.internal.domain.ImprovementActionStatus;
import org.minga.participation.internal.domain.ContributionKind;
import org.minga.participation.internal.domain.ServiceStage;
import org.minga.participation.internal.domain.ParticipationLevel;
import org.minga.participation.internal.domain.SpaceKind;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.minga.offer.ValueGroup;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The participation pages: overview with figures, spaces, improvement actions and surveys. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record ParticipationPages(SpaceService spaces, ContributionService contributions, org.minga.actor.Actors actors,
        ImprovementActionReadModel actionViews, ImprovementActions actions, ContributionReadModel contributionViews,
        Convocation convocation, ParticipationFiguresReadModel figures, SpaceMaps maps, SpaceReadModel spaceViews,
        org.minga.planning.PlanActions planActions) {

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem participationNavigation() {
            return NavigationItem.forAll("participation", "Participación ciudadana", "/participation", 70);
        }
    }

    static boolean canWrite(CurrentUser u) {
        return org.minga.platform.AccessPolicy.holds(u.role(), Capability.RUN_PARTICIPATION);
    }

    /** Runs a change; a validation or concurrency problem goes back to the page as form errors. */
    static String change(String back, RedirectAttributes redirect, String done, Supplier<Object> action) {
        try {
            var unused = action.get(); // the page shows the outcome, not the changed record
            redirect.addFlashAttribute("saved", done);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError("version", e.getMessage())));
        }
        return "redirect:" + back;
    }

    static void defaults(Model model, CurrentUser user) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("canWrite", canWrite(user));
    }

    @GetMapping("/participation")
    String overview(@RequestParam(required = false) String by, @RequestParam(required = false) String level,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String process,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        defaults(model, user);
        model.addAttribute("by", by == null ? "process" : by);
        model.addAttribute("level", level);
        model.addAttribute("kind", kind);
        model.addAttribute("process", process);
        model.addAttribute("figures", figures.figures(by, level, user));
        model.addAttribute("spaces",
                spaceViews.list(new SpaceReadModel.Filter(kind, process, null, null, null), user,
                        PageRequest.of(page, 25)));
        model.addAttribute("processes", spaceViews.processes(user));
        model.addAttribute("kinds", SpaceKind.values());
        model.addAttribute("levels", ParticipationLevel.values());
        return "participation/overview";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces")
    String createSpace(@ModelAttribute SpaceForm f, RedirectAttributes redirect) {
        try {
            SpaceReadModel.SpaceView v = spaces.create(f.command(null), null, CurrentUsers.require());
            return "redirect:/participation/spaces/" + v.id();
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", f);
            return "redirect:/participation#new-space";
        }
    }

    record SpaceForm(String code, String kind, String title, String process, Integer round, String theme,
            String territoryCode,
            String servicePoint, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime, Integer durationMinutes,
            String participationLevel, String organiserName, String methodology, Integer countedAttendance,
            Integer version) implements java.io.Serializable {
        SpaceService.SpaceCommand command(Long territoryId) {
            return new SpaceService.SpaceCommand(code, kind, title, process, round, theme, territoryId, territoryCode,
                    servicePoint,
                    heldOn, startTime, durationMinutes, participationLevel, null, organiserName, methodology,
                    countedAttendance, version);
        }
    }

    @GetMapping("/participation/spaces/{id}")
    String space(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        defaults(model, user);
        SpaceReadModel.SpaceView s = spaceViews.get(id, user);
        model.addAttribute("space", s);
        model.addAttribute("invitations", convocation.invitations(id, user));
        model.addAttribute("calls", convocation.calls(id, user));
        model.addAttribute("empathyMaps", maps.empathyMaps(id));
        model.addAttribute("serviceMap", maps.serviceMap(id));
        model.addAttribute("contributions",
                contributionViews.list(new ContributionReadModel.ContributionFilter(id, null, null, null, null, null),
                        user, PageRequest.of(0, 500)).items());
        model.addAttribute("devolution", contributionViews.devolution(id));
        model.addAttribute("mailConfigured", convocation.mailConfigured());
        model.addAttribute("stages", ServiceStage.values());
        model.addAttribute("groups", ValueGroup.values());
        model.addAttribute("kinds", SpaceKind.values());
        model.addAttribute("levels", ParticipationLevel.values());
        model.addAttribute("contributionKinds", ContributionKind.values());
        model.addAttribute("openActions", actionViews.actions(null, null, user, PageRequest.of(0, 200)).items());
        // leaders and organisations of the jurisdiction to invite (community leaders first)
        List<org.minga.actor.ActorSummary> all = new ArrayList<>(
                actors.search(s.jurisdictionId(), null, PageRequest.of(0, 500)).items());
        all.sort(java.util.Comparator
                .comparing((org.minga.actor.ActorSummary a) -> a.type() != org.minga.actor.ActorType.COMMUNITY_LEADER));
        model.addAttribute("actors", all);
        return "participation/space";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces/{id}")
    String updateSpace(@PathVariable long id, @ModelAttribute SpaceForm f, RedirectAttributes r) {
        return change("/participation/spaces/" + id, r, "space",
                () -> spaces.update(id, f.command(null), CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces/{id}/invitations")
    String invite(@PathVariable long id, @ModelAttribute Convocation.InvitationCommand c, RedirectAttributes r) {
        return change("/participation/spaces/" + id + "#convocation", r, "invitation",
                () -> convocation.invite(id, c, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces/{id}/invitations/{iid}/status")
    String status(@PathVariable long id, @PathVariable long iid, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean attended, @RequestParam Integer version,
            RedirectAttributes r) {
        return change("/participation/spaces/" + id + "#convocation", r, "status",
                () -> convocation.setStatus(id, iid, status, attended, version, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces/{id}/invitations/{iid}/calls")
    String call(@PathVariable long id, @PathVariable long iid, @ModelAttribute Convocation.CallCommand c,
            RedirectAttributes r) {
        return change("/participation/spaces/" + id + "#convocation", r, "call",
                () -> convocation.logCall(id, iid, c, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces/{id}/send")
    String send(@PathVariable long id, @RequestParam(defaultValue = "false") boolean reminder, RedirectAttributes r) {
        try {
            Convocation.SendResult res = convocation.sendInvitations(id, reminder, CurrentUsers.require());
            r.addFlashAttribute("sendResult", res);
        } catch (ValidationException e) {
            r.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/participation/spaces/" + id + "#convocation";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces/{id}/empathy-maps")
    String empathy(@PathVariable long id, @ModelAttribute SpaceMaps.EmpathyMapCommand c, RedirectAttributes r) {
        return change("/participation/spaces/" + id + "#empathy", r, "empathy",
                () -> maps.addEmpathyMap(id, c, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces/{id}/service-map")
    String stage(@PathVariable long id, @ModelAttribute SpaceMaps.StageCommand c, RedirectAttributes r) {
        return change("/participation/spaces/" + id + "#service-map", r, "stage",
                () -> maps.saveStage(id, c, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces/{id}/contributions")
    String contribute(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String serviceName,
            @RequestParam(required = false) String stage, RedirectAttributes r) {
        return change("/participation/spaces/" + id + "#contributions", r, "contribution", () -> contributions.create(
                new ContributionService.ContributionCommand(id, null, kind, text, theme, serviceName, stage, null,
                        null),
                null,
                CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/contributions/{cid}/action")
    String toAction(@PathVariable long cid, @RequestParam(required = false) Long spaceId,
            @RequestParam(required = false) Long surveyId,
            @RequestParam(required = false) Long actionId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes r) {
        String back = spaceId != null ? "/participation/spaces/" + spaceId : "/participation/surveys/" + surveyId;
        return change(back + "#contributions", r, "action", () -> contributions.toAction(cid, actionId,
                actionId != null ? null
                        : new ImprovementActions.ActionCommand(title, null, owner, dueOn, null, null, null, null,
                                null),
                CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/contributions/{cid}/group")
    String group(@PathVariable long cid, @RequestParam long spaceId, @RequestParam(required = false) Long intoId,
            RedirectAttributes r) {
        return change("/participation/spaces/" + spaceId + "#contributions", r, "group", () -> {
            if (intoId == null) {
                throw new ValidationException("intoId", "Elija el aporte con el que se agrupa.");
            }
            return contributions.group(cid, intoId, CurrentUsers.require());
        });
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/contributions/{cid}/answer")
    String answer(@PathVariable long cid, @RequestParam long spaceId, @RequestParam(required = false) String answer,
            @RequestParam(required = false) Integer version, RedirectAttributes r) {
        return change("/participation/spaces/" + spaceId + "#contributions", r, "answer",
                () -> contributions.answer(cid, answer, version, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/spaces/{id}/devolution")
    String publish(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes r) {
        return change("/participation/spaces/" + id + "#devolution", r, "devolution",
                () -> spaces.publishDevolution(id, text, CurrentUsers.require()));
    }

    // ---- improvement actions ----

    @GetMapping("/participation/actions")
    String actions(@RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        defaults(model, user);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ImprovementActionStatus.values());
        var shown = actionViews.actions(status, overdue, user, PageRequest.of(page, 50));
        model.addAttribute("actions", shown);
        model.addAttribute("planActions", planActions.servedByEach(ImprovementActionPlannedWorkReadModel.KIND,
                shown.items().stream().map(ImprovementActionReadModel.ActionView::id).toList()));
        return "participation/actions";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/actions/{id}")
    String updateAction(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String result,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam Integer version, RedirectAttributes r) {
        return change("/participation/actions", r, "action", () -> actions.updateAction(id,
                new ImprovementActions.ActionCommand(null, null, owner, dueOn, null, null, status, result, version),
                CurrentUsers.require()));
    }

}
