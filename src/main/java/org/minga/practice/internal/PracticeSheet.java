package org.minga.practice.internal;

import org.minga.platform.Jurisdictions;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of one practice shows, in the workspace and in the public bank alike: the practice, its format and
 * answers, its jurisdiction, the evaluation summary, the evidence, the lessons and the annexes; and its PDF.
 */
@Component
record PracticeSheet(FormatCatalog formats, Jurisdictions jurisdictions, EvaluationService evaluations,
        EvidenceService evidence, LessonService lessons, AttachmentService attachments, PracticePdf pdf) {

    /** Fills the model with the practice's sheet; {@code publishedLessonsOnly} on the public bank. */
    void fill(Model model, GoodPractice p, boolean publishedLessonsOnly) {
        PracticeFormat format = formats.require(p.formatId());
        model.addAttribute("view", PracticeView.of(p, format));
        model.addAttribute("p", p);
        model.addAttribute("format", format);
        model.addAttribute("jurisdiction", jurisdictions.byId(p.jurisdictionId()).orElseThrow());
        model.addAttribute("summary", evaluations.summary(p));
        model.addAttribute("links", evidence.ofPractice(p.id(), p.jurisdictionId()));
        model.addAttribute("lessons", lessons.ofPractice(p.id(), publishedLessonsOnly));
        model.addAttribute("attachments", attachments.list(p.id()));
    }

    /** The practice's PDF, reproducing its format, with the evaluation summary. */
    ResponseEntity<byte[]> pdf(GoodPractice p) {
        return PracticePages.pdfResponse(
                pdf.render(PracticeView.of(p, formats.require(p.formatId())), evaluations.summary(p)), p);
    }
}
