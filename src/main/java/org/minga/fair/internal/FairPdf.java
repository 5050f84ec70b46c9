package org.minga.fair.internal;

import java.util.List;
import java.util.Locale;

import org.minga.fair.internal.FairRecords.*;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The printable report of a fair: data, who came, checklist, results, the community's word and lessons, laid out by flying-saucer. */
@Component
record FairPdf(TemplateEngine templates) {

    byte[] render(FairView fair, List<Participant> participants, List<Task> tasks, List<Lesson> lessons,
            Results results, List<CommunityInput> communityInputs, Jurisdiction jurisdiction) {
        Context ctx = new Context(Locale.forLanguageTag("es-CO"));
        ctx.setVariable("fair", fair);
        ctx.setVariable("participants", participants);
        ctx.setVariable("tasks", tasks);
        ctx.setVariable("lessons", lessons);
        ctx.setVariable("results", results);
        ctx.setVariable("communityInputs", communityInputs);
        ctx.setVariable("jurisdiction", jurisdiction);
        String xhtml = templates.process("fair/pdf", ctx);
        return Pdf.fromXhtml(xhtml, "el informe de la jornada " + fair.code());
    }
}
