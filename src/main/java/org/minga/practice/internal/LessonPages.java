package org.minga.practice.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lessons learned: list, record, and link to practices and to fairs, dialogues or bodies. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record LessonPages(LessonService lessons, EvidenceService evidence, Jurisdictions jurisdictions) {

    @GetMapping("/practices/lessons")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("page", lessons.list(user.jurisdictionId(), false, q, PageRequest.of(page, 25)));
        model.addAttribute("q", q);
        return "practice/lessons";
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @GetMapping("/practices/lessons/new")
    String newForm(@RequestParam(required = false) Long practice, Model model) {
        model.addAttribute("form", new LessonService.NewLesson(null, practice, null, null, null, null, true));
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(CurrentUsers.require()));
        return "practice/lesson-form";
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices/lessons")
    String create(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Long practiceId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String whatHappened,
            @RequestParam(required = false) String whatLearned, @RequestParam(required = false) String recommendation,
            @RequestParam(required = false) Boolean published, Model model, RedirectAttributes redirect) {
        LessonService.NewLesson cmd = new LessonService.NewLesson(jurisdiction, practiceId, title, whatHappened,
                whatLearned,
                recommendation, published != null && published);
        CurrentUser user = CurrentUsers.require();
        try {
            LessonService.Lesson l = lessons.create(cmd, user);
            redirect.addFlashAttribute("notice", "Lección aprendida registrada.");
            return "redirect:/practices/lessons/" + l.id();
        } catch (ValidationException e) {
            model.addAttribute("form", cmd);
            model.addAttribute("errors", e.errors());
            model.addAttribute("jurisdictions", jurisdictions.visibleTo(user));
            return "practice/lesson-form";
        }
    }

    @GetMapping("/practices/lessons/{id}")
    String detail(@PathVariable long id, Model model) {
        LessonService.Lesson l = lessons.requireVisible(id, CurrentUsers.require());
        model.addAttribute("lesson", l);
        model.addAttribute("links", evidence.ofLesson(id, l.jurisdictionId()));
        model.addAttribute("linkTypes", LinkType.values());
        return "practice/lesson";
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices/lessons/{id}/links")
    String link(@PathVariable long id, @RequestParam(required = false) String linkType,
            @RequestParam(required = false) String reference, @RequestParam(required = false) String label,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        LessonService.Lesson l = lessons.requireVisible(id, user);
        try {
            if (!PracticeService.canAuthor(user, l.jurisdictionId())) {
                throw new org.minga.platform.ForbiddenException("Su rol no enlaza registros.");
            }
            evidence.add(null, id, l.jurisdictionId(), linkType, reference, label, user);
            redirect.addFlashAttribute("notice", "Registro enlazado.");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problems", e.errors().stream().map(FieldError::message).toList());
        }
        return "redirect:/practices/lessons/" + id;
    }
}
