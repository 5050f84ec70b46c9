package org.minga.virtual.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link of an invitation (public: its token is the key). The GET asks to confirm (mail scanners
 * follow links), the POST unsubscribes.
 */
@Requires(Capability.PUBLIC)
@RestController
record CampaignInvitationPages(CampaignInvitations invitations) {

    @GetMapping(value = "/u/{token}", produces = MediaType.TEXT_HTML_VALUE)
    String confirm(@PathVariable String token, CsrfToken csrf) {
        return page("<p>¿Desea dejar de recibir invitaciones de Minga por correo electrónico?</p><form method=\"post\">"
                + (csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
                        + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">")
                + "<button type=\"submit\">Sí, no deseo recibir más invitaciones</button></form>");
    }

    @PostMapping(value = "/u/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        if (!invitations.unsubscribe(token)) {
            return ResponseEntity.status(404).body(page("<p>Este enlace no corresponde a ninguna invitación.</p>"));
        }
        return ResponseEntity.ok(page("<p>Listo: no recibirá más invitaciones por correo electrónico.</p>"));
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape("Invitaciones de Minga") + "</title></head><body>" + body + "</body></html>";
    }
}
