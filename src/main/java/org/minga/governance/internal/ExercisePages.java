package org.minga.governance.internal;

import static org.minga.governance.internal.PageActions.attempt;
import static org.minga.governance.internal.PageActions.perform;
import static org.minga.governance.internal.PageActions.split;

import java.time.LocalDate;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Governance pages of demonstration exercises: the list, one exercise, its milestones, notes and evaluation. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record ExercisePages(ExerciseService exercises, ExerciseIndicators indicators, Access access) {

    @GetMapping("/governance/exercises")
    String exercisesPage(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.pageJurisdiction(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("results", exercises.list(j, user, PageRequest.of(page, 50)));
        return "governance/exercises";
    }

    @GetMapping("/governance/exercises/{id:\\d+}")
    String exercise(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ExerciseReadModel.ExerciseView e = exercises.requireVisible(id, user);
        model.addAttribute("e", e);
        model.addAttribute("indicators", indicators.of(id, user));
        model.addAttribute("canEdit", access.canEdit(user, e.jurisdictionId(), e.territoryPath()));
        return "governance/exercise";
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises/{id:\\d+}/indicators")
    String defineIndicator(@PathVariable long id, ExerciseIndicators.IndicatorForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/exercises/" + id, redirect, () -> indicators.define(id, form, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises/{id:\\d+}/indicators/{indicatorId:\\d+}/measurements")
    String measure(@PathVariable long id, @PathVariable long indicatorId, ExerciseIndicators.MeasurementForm form,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/exercises/" + id, redirect, () -> indicators.measure(id, indicatorId, form, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises")
    String createExercise(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String objective, @RequestParam(required = false) String territoryCode,
            @RequestParam(required = false) String bodyCode, @RequestParam(required = false) String actors,
            @RequestParam(required = false) LocalDate startDate, @RequestParam(required = false) LocalDate endDate,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/exercises", redirect, () -> "/governance/exercises/" + exercises.create(
                new ExerciseService.ExerciseForm(jurisdiction, code, name, objective, territoryCode, bodyCode,
                        split(actors), List.of(), startDate, endDate),
                user).id());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises/{id:\\d+}/milestones")
    String milestone(@PathVariable long id, ExerciseService.MilestoneForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/exercises/" + id, redirect, () -> exercises.addMilestone(id, form, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises/{id:\\d+}/notes")
    String exerciseNote(@PathVariable long id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/exercises/" + id, redirect, () -> exercises.addNote(id, note, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/exercises/{id:\\d+}/evaluation")
    String evaluate(@PathVariable long id, ExerciseService.EvaluationForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/exercises/" + id, redirect, () -> exercises.evaluate(id, form, user));
    }
}
