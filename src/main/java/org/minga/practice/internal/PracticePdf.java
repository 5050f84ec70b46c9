package org.minga.practice.internal;

import java.util.List;
import java.util.Locale;

import org.minga.platform.Jurisdictions;
import org.minga.platform.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDF of a practice that reproduces its format: the format's heading, every section and question in
 * order with the answers, the options with the chosen ones marked, and the evaluation summary when there is one.
 * The XHTML template is rendered by Thymeleaf and laid out by flying-saucer (OpenPDF).
 */
@Component
record PracticePdf(TemplateEngine templates, Jurisdictions jurisdictions) {

    byte[] render(PracticeView view, List<EvaluationService.CriterionSummary> summary) {
        Context ctx = new Context(Locale.forLanguageTag("es-CO"));
        ctx.setVariable("view", view);
        ctx.setVariable("p", view.practice());
        ctx.setVariable("def", view.format().definition());
        ctx.setVariable("format", view.format());
        ctx.setVariable("summary", summary);
        ctx.setVariable("jurisdiction", jurisdictions.byId(view.practice().jurisdictionId()).orElse(null));
        String xhtml = templates.process("practice/pdf", ctx);
        return Pdf.fromXhtml(xhtml, "el PDF de la práctica " + view.practice().id());
    }
}
