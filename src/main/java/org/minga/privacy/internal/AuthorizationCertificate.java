package org.minga.privacy.internal;

import java.time.Instant;
import java.util.Locale;

import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Pdf;
import org.minga.platform.Times;
import org.minga.privacy.AuthorizationView;
import org.minga.privacy.PersonalDataAccess;
import org.minga.privacy.PersonalDataHolder;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The certificate of an authorization (constancia de autorización, Ley 1581 de 2012 art. 9): the legal document a
 * titular or an auditor asks for, with the date and time it was given in the jurisdiction's zone, zone named.
 */
@Component
record AuthorizationCertificate(ConsentService consents, PersonalDataAccess accessLog, @Lazy PersonalDataHolder holder,
        Jurisdictions jurisdictions, TemplateEngine templates) {

    ResponseEntity<byte[]> pdf(long authorizationId, CurrentUser user) {
        AuthorizationView a = consents.authorization(authorizationId);
        if (a.personId() == null) {
            throw new org.minga.platform.NotFoundException("La autorización " + authorizationId + " no existe.");
        }
        PersonalDataHolder.DataSubject subject = holder.requireVisible(a.personId(), user);
        Times.useJurisdiction(a.jurisdictionId());
        Context ctx = new Context(Locale.forLanguageTag("es-CO"));
        ctx.setVariable("a", a);
        ctx.setVariable("subject", subject);
        ctx.setVariable("jurisdiction", jurisdictions.byId(a.jurisdictionId()).orElseThrow());
        ctx.setVariable("issuedAt", Instant.now());
        byte[] pdf = Pdf.fromXhtml(templates.process("privacy/authorization-pdf", ctx),
                "la constancia de la autorización " + authorizationId);
        accessLog.logView(PersonalDataAccess.PERSON, a.personId(), a.jurisdictionId(), "CERTIFICATE_PDF");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("autorizacion-" + authorizationId + ".pdf").build().toString())
                .body(pdf);
    }
}
