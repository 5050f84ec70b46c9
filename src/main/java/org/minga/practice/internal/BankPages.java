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
class BankPages {

    private final PracticeBank bank;
    private final PracticeService practices;
    private final FormatCatalog formats;
    private final EvaluationService evaluations;
    private final EvidenceService evidence;
    private final LessonService lessons;
    private final AttachmentService attachments;
    private final PracticePdf pdf;
    private final org.minga.platform.Jurisdictions jurisdictions;

    BankPages(PracticeBank bank, PracticeService practices, FormatCatalog formats, EvaluationService evaluations,
            EvidenceService evidence, LessonService lessons, AttachmentService attachments, PracticePdf pdf,
            org.minga.platform.Jurisdictions jurisdictions) {
        this.bank = bank;
        this.practices = practices;
        this.formats = formats;
        this.evaluations = evaluations;
        this.evidence = evidence;
        this.lessons = lessons;
        this.attachments = attachments;
        this.pdf = pdf;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/bank")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String territory,
            @RequestParam(required = false) Integer level, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String process, @RequestParam(required = false) Integer minScore,
            @RequestParam(required = false) Integer page, Model model) {
        PracticeBank.BankQuery query = new PracticeBank.BankQuery(blank(q), blank(entity), blank(sector),
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
        Practice p = published(id);
        PracticeFormat format = formats.require(p.formatId());
        model.addAttribute("p", p);
        model.addAttribute("view", PracticeView.of(p, format));
        model.addAttribute("format", format);
        model.addAttribute("jurisdiction", jurisdictions.byId(p.jurisdictionId()).orElseThrow());
        model.addAttribute("summary", evaluations.summary(p));
        model.addAttribute("links", evidence.ofPractice(p.id(), p.jurisdictionId()));
        model.addAttribute("lessons", lessons.ofPractice(p.id(), true));
        model.addAttribute("related", bank.related(p));
        model.addAttribute("attachments", attachments.list(p.id()));
        return "practice/bank-practice";
    }

    @GetMapping("/bank/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Practice p = published(id);
        return PracticePages.pdfResponse(pdf.render(PracticeView.of(p, formats.require(p.formatId())),
                evaluations.summary(p)), p);
    }

    @GetMapping("/bank/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        published(id);
        return PracticePages.download(attachments.file(id, attachmentId));
    }

    private Practice published(long id) {
        Practice p = practices.require(id);
        if (p.status() != PracticeStatus.PUBLICADA) {
            throw new NotFoundException("La buena práctica " + id + " no está publicada.");
        }
        return p;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
