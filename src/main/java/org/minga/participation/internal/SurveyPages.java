package org.minga.participation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.minga.offer.ValueGroup;
import org.minga.participation.internal.domain.ContributionKind;
import org.minga.participation.internal.domain.SurveyQuestion;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.minga.participation.internal.ParticipationPages.change;
import static org.minga.participation.internal.ParticipationPages.defaults;

/** The survey pages: list, designer, analysis and cross-tabs, contributions, and surveyor mode. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record SurveyPages(SurveyService surveys, SurveyReadModel surveyViews, SurveyAnalysisReadModel analysis,
        ContributionService contributions, ContributionReadModel contributionViews,
        ImprovementActionReadModel actionViews) {

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/surveys/{id}/contributions")
    String surveyContribution(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String serviceName,
            RedirectAttributes r) {
        return change("/participation/surveys/" + id + "#contributions", r, "contribution", () -> contributions.create(
                new ContributionService.ContributionCommand(null, id, kind, text, theme, serviceName, null, null, null),
                null,
                CurrentUsers.require()));
    }

    // ---- surveys ----

    @GetMapping("/participation/surveys")
    String surveys(@RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        defaults(model, user);
        model.addAttribute("surveys", surveyViews.list(null, user, PageRequest.of(page, 50)));
        return "participation/surveys";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/surveys")
    String createSurvey(@RequestParam(required = false) String code, @RequestParam(required = false) String title,
            @RequestParam(required = false) String process, @RequestParam(required = false) String description,
            @RequestParam(required = false) String territoryCode,
            @RequestParam(defaultValue = "false") boolean identified,
            RedirectAttributes r) {
        try {
            SurveyReadModel.SurveyView v = surveys
                    .create(new SurveyService.SurveyCommand(code, title, process, description, null,
                            territoryCode, !identified, List.of()), null, CurrentUsers.require());
            return "redirect:/participation/surveys/" + v.id();
        } catch (ValidationException e) {
            r.addFlashAttribute("errors", e.errors());
            return "redirect:/participation/surveys";
        }
    }

    @GetMapping("/participation/surveys/{id}")
    String survey(@PathVariable long id, @RequestParam(required = false) String question,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String level, Model model) {
        CurrentUser user = CurrentUsers.require();
        defaults(model, user);
        SurveyReadModel.SurveyView s = surveyViews.get(id, user);
        model.addAttribute("survey", s);
        model.addAttribute("types", SurveyQuestion.TYPES);
        model.addAttribute("analysis", analysis.analysis(id, user));
        String q = question;
        if (q == null) {
            q = s.questions().stream().filter(SurveyQuestion::choice).map(SurveyQuestion::key).findFirst().orElse(null);
        }
        model.addAttribute("question", q);
        model.addAttribute("by", by == null ? "territory" : by);
        model.addAttribute("level", level);
        model.addAttribute("choiceQuestions",
                surveyViews.allQuestions(s).stream().filter(SurveyQuestion::choice).toList());
        model.addAttribute("crossTab", q == null ? null : analysis.crossTab(id, q, by, level, user));
        model.addAttribute("contributionKinds", ContributionKind.values());
        model.addAttribute("contributions",
                contributionViews.list(new ContributionReadModel.ContributionFilter(null, id, null, null, null, null),
                        user, PageRequest.of(0, 200)).items());
        model.addAttribute("openActions", actionViews.actions(null, null, user, PageRequest.of(0, 200)).items());
        return "participation/survey";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/surveys/{id}/questions")
    String addQuestion(@PathVariable long id, @RequestParam(required = false) String key,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String text, @RequestParam(required = false) String options,
            @RequestParam(required = false) String rows, @RequestParam(defaultValue = "false") boolean allowOther,
            @RequestParam(defaultValue = "false") boolean required, @RequestParam Integer version,
            RedirectAttributes r) {
        return change("/participation/surveys/" + id + "#designer", r, "question", () -> {
            CurrentUser user = CurrentUsers.require();
            List<SurveyQuestion> qs = new ArrayList<>(surveyViews.get(id, user).questions());
            qs.add(new SurveyQuestion(key, type, text, lines(options), allowOther, lines(rows), required));
            return surveys.setQuestions(id, qs, version, user);
        });
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/surveys/{id}/questions/{key}/delete")
    String removeQuestion(@PathVariable long id, @PathVariable String key, @RequestParam Integer version,
            RedirectAttributes r) {
        return change("/participation/surveys/" + id + "#designer", r, "question", () -> {
            CurrentUser user = CurrentUsers.require();
            List<SurveyQuestion> qs = new ArrayList<>(surveyViews.get(id, user).questions());
            qs.removeIf(q -> q.key().equals(key));
            return surveys.setQuestions(id, qs, version, user);
        });
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/participation/surveys/{id}/status")
    String surveyStatus(@PathVariable long id, @RequestParam String status, RedirectAttributes r) {
        return change("/participation/surveys/" + id, r, "status",
                () -> surveys.setStatus(id, status, CurrentUsers.require()));
    }

    @GetMapping("/participation/surveys/{id}/surveyor")
    String surveyor(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        defaults(model, user);
        SurveyReadModel.SurveyView s = surveyViews.get(id, user);
        model.addAttribute("survey", s);
        model.addAttribute("areas", surveyViews.areas(s));
        model.addAttribute("groups", ValueGroup.values());
        model.addAttribute("fields", java.util.Map.of());
        return "participation/surveyor";
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
