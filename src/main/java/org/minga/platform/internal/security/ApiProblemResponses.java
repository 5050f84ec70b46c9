package org.minga.platform.internal.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The API's answers when security stops a request before any controller runs: 401 (with the Basic or Bearer
 * challenge) and 403, as Problem Details in Spanish like every other API error.
 */
final class ApiProblemResponses {

    private ApiProblemResponses() {
    }

    /**
     * 401 with the Basic challenge, except to a page's own script ({@code X-Requested-With: XMLHttpRequest}, sent by
     * the offline queue and the field day): a challenge there would pop the browser's login box over the page, which
     * instead tells the worker to sign in again and keeps what is waiting to be sent.
     */
    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            if (e instanceof BoundedPasswordEncoder.Busy) { // nothing was checked: come back, no challenge
                response.setHeader("Retry-After", "5");
                write(json, response, 503, "Servidor ocupado", e.getMessage(), request.getRequestURI());
                return;
            }
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Minga\"");
            }
            write(json, response, 401, "No autenticado",
                    "Identifíquese con usuario y contraseña (HTTP Basic) o inicie sesión.", request.getRequestURI());
        };
    }

    /**
     * 401 for a call with a bearer token: the reason when the token was recognised (expired, revoked), the same
     * answer for every wrong or malformed one.
     */
    static AuthenticationEntryPoint invalidToken(ObjectMapper json) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Minga\", error=\"invalid_token\"");
            String detail = e instanceof org.springframework.security.authentication.BadCredentialsException
                    ? e.getMessage()
                    : "Identifíquese con un token de API (Authorization: Bearer minga_…).";
            write(json, response, 401, "No autenticado", detail, request.getRequestURI());
        };
    }

    /**
     * 403 (also a page's form without its CSRF token: Spring applies this handler to every request when it is the
     * only one named), except for an API call refused for its CSRF token by nobody signed in: the session behind the
     * page ended (signed out elsewhere, expired), which is a 401 (so the page asks the user to sign in again).
     */
    static AccessDeniedHandler forbidden(ObjectMapper json) {
        AuthenticationEntryPoint unauthorized = unauthorized(json);
        return (request, response, e) -> {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            if (e instanceof CsrfException && SecurityConfiguration.API.matches(request)
                    && (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated())) {
                unauthorized.commence(request, response,
                        new InsufficientAuthenticationException("La sesión terminó.", e));
                return;
            }
            write(json, response, 403, "Sin permiso", "Su rol no permite esta acción.", request.getRequestURI());
        };
    }

    private static void write(ObjectMapper json, HttpServletResponse response, int status, String title,
            String detail, String instance) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
