package org.minga.practice.internal;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdictions;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evaluators' pages (their assignments, conflict declaration, rubric scoring) and the evaluator register. */
@Requires({Capability.EVALUATE_PRACTICES, Capability.MANAGE_PRACTICES})
@Controller
record EvaluationPages(EvaluationService evaluations, PracticeService practices, FormatCatalog formats,
        Jurisdictions jurisdictions) {

    @GetMapping("/practices/evaluations")
    String mine(Model model) {
        model.addAttribute("assignments", evaluations.mine(CurrentUsers.require()));
        return "practice/evaluations";
    }

    @GetMapping("/practices/evaluations/{id}")
    String evaluate(@PathVariable long id, Model model) {
        return page(id, List.of(), Map.of(), Map.of(), null, model);
    }

    private String page(long id, List<FieldError> errors, Map<String, Integer> scores, Map<String, String> comments,
            String comment, Model model) {
        CurrentUser user = CurrentUsers.require();
        EvaluationService.Assignment a = evaluations.requireMine(id, user);
        GoodPractice p = practices.require(a.practiceId());
        PracticeFormat format = formats.require(p.formatId());
        model.addAttribute("a", a);
        model.addAttribute("p", p);
        model.addAttribute("view", PracticeView.of(p, format));
        model.addAttribute("def", format.definition());
        model.addAttribute("criteria", format.definition().criteriaFor(p.level()));
        model.addAttribute("errors", errors);
        model.addAttribute("scores", scores);
        model.addAttribute("comments", comments);
        model.addAttribute("comment", comment);
        model.addAttribute("given", evaluations.scoresOf(a.id()));
        return "practice/evaluate";
    }

    @Requires(Capability.EVALUATE_PRACTICES)
    @PostMapping("/practices/evaluations/{id}/declare")
    String declare(@PathVariable long id, @RequestParam(required = false) String conflict,
            @RequestParam(required = false) String conflictNote, Model model, RedirectAttributes redirect) {
        try {
            if (conflict == null) {
                throw new ValidationException("conflict",
                        "Indique si tiene o no conflicto de interés con esta práctica.");
            }
            evaluations.declare(id, "si".equals(conflict), conflictNote, CurrentUsers.require());
        } catch (ValidationException e) {
            return page(id, e.errors(), Map.of(), Map.of(), null, model);
        }
        redirect.addFlashAttribute("notice", "Declaración registrada.");
        return "redirect:/practices/evaluations/" + id;
    }

    @Requires(Capability.EVALUATE_PRACTICES)
    @PostMapping("/practices/evaluations/{id}/score")
    String score(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<String, Integer> scores = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("score.") && !v.isEmpty() && v.get(0).matches("\\d{1,2}")) {
                scores.put(k.substring(6), Integer.valueOf(v.get(0)));
            } else if (k.startsWith("note.") && !v.isEmpty()) {
                comments.put(k.substring(5), v.get(0));
            }
        });
        String comment = params.getFirst("comment");
        String version = params.getFirst("version");
        try {
            evaluations.score(id, scores, comments, comment, version == null ? null : Integer.valueOf(version),
                    CurrentUsers.require());
        } catch (ValidationException e) {
            return page(id, e.errors(), scores, comments, comment, model);
        }
        redirect.addFlashAttribute("notice", "Evaluación enviada. Gracias.");
        return "redirect:/practices/evaluations";
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @GetMapping("/practices/evaluators")
    String evaluators(Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("evaluators", evaluations.evaluators(user.jurisdictionId()));
        model.addAttribute("jurisdictions", jurisdictions.all());
        model.addAttribute("canManage", AccessPolicy.holds(user.role(), Capability.MANAGE_PRACTICES));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EvaluationService.NewEvaluator(null, null, null, null));
        }
        return "practice/evaluators";
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @PostMapping("/practices/evaluators")
    String createEvaluator(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String fullName, @RequestParam(required = false) String entityName,
            Model model, RedirectAttributes redirect) {
        EvaluationService.NewEvaluator cmd = new EvaluationService.NewEvaluator(jurisdiction, username, fullName,
                entityName);
        try {
            EvaluationService.Evaluator e = evaluations.createEvaluator(cmd, CurrentUsers.require());
            redirect.addFlashAttribute("notice", "Evaluador registrado: " + e.label());
            return "redirect:/practices/evaluators";
        } catch (ValidationException e) {
            model.addAttribute("form", cmd);
            model.addAttribute("errors", e.errors());
            return evaluators(model);
        } catch (ConflictException e) {
            model.addAttribute("form", cmd);
            model.addAttribute("errors", List.of(new FieldError("username", e.getMessage())));
            return evaluators(model);
        }
    }
}
