package org.minga.virtual.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import org.minga.virtual.internal.OnlineSessionQueries.PublicSession;
import org.minga.virtual.internal.OnlineSessionReadModel.SessionView;
import org.minga.virtual.internal.domain.SessionMaterial;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public page of an online session (its token is the key; rate-limited like the other public forms): what it is
 * about, its link, agenda and materials, and the form where an attendee registers their attendance without giving
 * any personal datum.
 */
@Requires(Capability.PUBLIC)
@RestController
record OnlineSessionPages(OnlineSessionQueries queries, OnlineSessions sessions) {

    @GetMapping(value = "/o/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@PathVariable String token, CsrfToken csrf) {
        return queries.byToken(token).map(p -> ResponseEntity.ok(page(p.session().title(), body(p, csrf))))
                .orElseGet(() -> ResponseEntity.status(404).body(page("Sesión en línea",
                        "<p>Este enlace no corresponde a ninguna sesión.</p>")));
    }

    @PostMapping(value = "/o/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> attend(@PathVariable String token) {
        if (!sessions.registerByForm(token)) {
            return ResponseEntity.status(404).body(page("Sesión en línea",
                    "<p>Este enlace no corresponde a ninguna sesión.</p>"));
        }
        return ResponseEntity.ok(page("Sesión en línea", "<p>Gracias: su asistencia quedó registrada.</p>"));
    }

    private static String body(PublicSession p, CsrfToken csrf) {
        SessionView s = p.session();
        StringBuilder b = new StringBuilder("<p>").append(esc(s.heldOn().toString())).append("</p>");
        if (s.healthTopic() != null) {
            b.append("<p>Educación para la salud: ").append(esc(s.healthTopic())).append("</p>");
        }
        b.append("<p><a href=\"").append(esc(s.link())).append("\" rel=\"noopener\">Entrar a la sesión</a></p>");
        if (s.agenda() != null) {
            b.append("<h2>Agenda</h2><p>").append(esc(s.agenda())).append("</p>");
        }
        if (!s.materials().isEmpty()) {
            b.append("<h2>Materiales</h2><ul>");
            for (SessionMaterial m : s.materials()) {
                b.append("<li><a href=\"").append(esc(m.link())).append("\" rel=\"noopener\">").append(esc(m.title()))
                        .append("</a></li>");
            }
            b.append("</ul>");
        }
        if (p.formOpen()) {
            b.append("<form method=\"post\">");
            if (csrf != null) {
                b.append("<input type=\"hidden\" name=\"").append(esc(csrf.getParameterName())).append("\" value=\"")
                        .append(esc(csrf.getToken())).append("\">");
            }
            b.append("<button type=\"submit\">Registrar mi asistencia</button>"
                    + "<p><small>No se guarda ningún dato suyo: solo se cuenta una asistencia.</small></p></form>");
        } else {
            b.append("<p>El registro de asistencia se abre el día de la sesión.</p>");
        }
        return b.toString();
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title></head><body><h1>"
                + esc(title) + "</h1>" + body + "</body></html>";
    }
}
