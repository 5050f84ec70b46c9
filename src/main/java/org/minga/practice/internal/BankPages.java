package org.minga.practice.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public bank of good practices (no login): search with facets, a practice's page, its PDF and annexes. */
@Requires(Capability.PUBLIC)
@Controller
record BankPages(PracticeBankReadModel bank, PracticeService practices, LessonService lessons,
        AttachmentService attachments, PracticeSheet sheet) {

    @GetMapping("/bank")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String territory,
            @RequestParam(required = false) Integer level, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String process, @RequestParam(required = false) Integer minScore,
            @RequestParam(required = false) Integer page, Model model) {
        PracticeBankReadModel.BankQuery query = new PracticeBankReadModel.BankQuery(blank(q), blank(entity),
                blank(sector),
                blank(territory),
                level, year, blank(process), minScore);
        model.addAttribute("query", query);
        model.addAttribute("results", bank.search(query, PageRequest.of(page, 20)));
        model.addAttribute("facets", bank.facets(query));
        model.addAttribute("lessons", lessons.list(null, true, query.q(), PageRequest.of(0, 5)));
        return "practice/bank";
    }

    @GetMapping("/bank/{id}")
    String practice(@PathVariable long id, Model model) {
        GoodPractice p = published(id);
        sheet.fill(model, p, true);
        model.addAttribute("related", bank.related(p));
        return "practice/bank-practice";
    }

    @GetMapping("/bank/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        GoodPractice p = published(id);
        return sheet.pdf(p);
    }

    @GetMapping("/bank/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        published(id);
        return PracticePages.download(attachments.file(id, attachmentId));
    }

    private GoodPractice published(long id) {
        GoodPractice p = practices.require(id);
        if (p.status() != PracticeStatus.PUBLICADA) {
            throw new NotFoundException("La buena práctica " + id + " no está publicada.");
        }
        return p;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
