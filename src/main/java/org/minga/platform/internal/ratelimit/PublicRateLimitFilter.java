package org.minga.platform.internal.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits, per client address, what anyone can call without signing in: the public directory, the HSDS API,
 * the bank of good practices, eligibility, a survey's and a devolución's public pages, a campaign piece's counted
 * link and an online session's public page, and answers sent through a survey's public link or an online session's
 * attendance form. Above the limit the answer is HTTP 429 with {@code Retry-After} and a
 * Spanish message, before any other work (security, database) is done. The address is the connection's,
 * or the one a trusted proxy forwarded when {@code server.forward-headers-strategy} is set.
 */
@RequiredArgsConstructor
class PublicRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    /** Which limit a request counts against, if any. */
    static Optional<RateLimiter.Kind> kindOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if ("POST".equals(method) && path.matches("/[so]/[^/]+")) {
            return Optional.of(RateLimiter.Kind.SURVEY_ANSWERS);
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return Optional.empty();
        }
        boolean open = under(path, "/directory") || under(path, "/api/v1/hsds") || under(path, "/bank")
                || path.equals("/api/v1/services/eligible") || path.matches("/[sd]/[^/]+")
                || under(path, "/certificates") || path.equals("/toolbox/public") || path.matches("/[lo]/[^/]+")
                // the citizens' home; a signed-in user (who always has a session) is not counted there
                || (path.equals("/") && request.getSession(false) == null);
        return open ? Optional.of(RateLimiter.Kind.PUBLIC_PAGES) : Optional.empty();
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RateLimiter.Kind> kind = kindOf(request);
        if (kind.isPresent()) {
            Optional<Duration> wait = limiter.consume(kind.get(), request.getRemoteAddr());
            if (wait.isPresent()) {
                refuse(request, response, kind.get(), wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, RateLimiter.Kind kind,
            Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String what = kind == RateLimiter.Kind.SURVEY_ANSWERS ? "Demasiadas respuestas" : "Demasiadas solicitudes";
        String detail = what + " desde esta dirección: espere " + seconds + (seconds == 1 ? " segundo" : " segundos")
                + " y vuelva a intentar.";
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Demasiadas solicitudes\",\"status\":429,"
                    + "\"detail\":\"" + detail + "\"}");
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\">"
                    + "<title>Demasiadas solicitudes</title></head><body><main><h1>Demasiadas solicitudes</h1><p>"
                    + detail + "</p></main></body></html>");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Before Spring Security (order -100), after the forwarded-headers filter when there is one. */
        @Bean
        FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(RateLimiter limiter) {
            FilterRegistrationBean<PublicRateLimitFilter> bean = new FilterRegistrationBean<>(
                    new PublicRateLimitFilter(limiter));
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
            bean.addUrlPatterns("/*");
            return bean;
        }
    }
}
