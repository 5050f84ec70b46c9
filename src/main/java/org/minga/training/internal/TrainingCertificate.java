package org.minga.training.internal;

import java.util.Locale;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.Pdf;
import org.minga.platform.Times;
import org.minga.training.internal.TrainingViews.CertificateView;
import org.minga.training.internal.TrainingViews.ParticipantRow;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The certificate of a completed programme as a PDF (platform fonts embedded, PDF/A), with the verification code and
 * the public address where a third party checks it. Only for a participant who completed; read as personal data.
 */
@Component
record TrainingCertificate(TrainingReadModel read, TrainingQueries queries, TrainingAccess access,
        TemplateEngine templates) {

    ResponseEntity<byte[]> pdf(long participantId, CurrentUser user, String baseUrl) {
        ParticipantRow x = read.participant(participantId)
                .orElseThrow(() -> new NotFoundException("El participante " + participantId + " no existe."));
        CertificateView c = x.certificateCode() == null ? null : queries.certificate(x.certificateCode()).orElse(null);
        if (c == null) {
            throw new NotFoundException(x.name() + " no ha completado el programa: no tiene certificado.");
        }
        queries.programme(c.programmeId(), user);
        if (queries.participants(c.programmeId(), user).stream().noneMatch(p -> p.id() == participantId)
                || !access.scope(user, Capability.READ_PERSONAL_DATA).byTerritory()) {
            throw new NotFoundException("El participante " + participantId + " no existe o está fuera de su alcance.");
        }
        Times.useJurisdiction(c.jurisdictionId());
        Context ctx = new Context(Locale.forLanguageTag("es-CO"));
        ctx.setVariable("c", c);
        ctx.setVariable("verifyUrl", baseUrl + "/certificates/" + c.code());
        byte[] pdf = Pdf.fromXhtml(templates.process("training/certificate-pdf", ctx),
                "el certificado " + c.code());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificado-" + c.code() + ".pdf").build().toString())
                .body(pdf);
    }
}
