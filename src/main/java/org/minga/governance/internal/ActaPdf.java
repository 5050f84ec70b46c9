package org.minga.governance.internal;

import java.util.List;
import java.util.Locale;

import org.minga.governance.internal.CommitmentReadModel.CommitmentView;
import org.minga.governance.internal.SessionService.AttendanceLine;
import org.minga.governance.internal.SessionService.Quorum;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.platform.Labels;
import org.minga.platform.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The acta of a session as PDF: an XHTML template rendered by Thymeleaf and laid out by flying-saucer (OpenPDF). */
@Component
record ActaPdf(TemplateEngine templates, Labels labels) {

    byte[] render(BodyReadModel.BodyView body, SessionView s, List<AttendanceLine> attendance, Quorum quorum,
            List<CommitmentView> commitments) {
        Context ctx = new Context(Locale.forLanguageTag("es-CO"));
        ctx.setVariable("labels", labels);
        ctx.setVariable("body", body);
        ctx.setVariable("s", s);
        ctx.setVariable("attendance", attendance);
        ctx.setVariable("quorum", quorum);
        ctx.setVariable("commitments", commitments);
        String xhtml = templates.process("governance/acta-pdf", ctx);
        return Pdf.fromXhtml(xhtml, "el acta de la sesión " + s.id());
    }
}
