package org.minga.platform.internal.publiccache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public pages and the HSDS API to anonymous visitors from {@link PublicAnswerCache}. A request is
 * anonymous when it carries no session (no session cookie) and no {@code Authorization} header: anything else, a
 * signed-in user's page above all, goes the usual way and is never kept. An answer is kept only when it is a 200
 * with an HTML or JSON body that started no session and set no cookie. While a page is being rendered, other
 * anonymous requests for it wait for that rendering instead of rendering it again (or, when an older answer is
 * still within its time to live, get that one).
 * <p>
 * Kept answers carry an {@code ETag} and {@code Cache-Control: no-cache}: a browser may keep them but asks each
 * time, and gets a 304 without body when nothing changed. Runs after the rate limit (a served page still counts
 * against the address's allowance) and before Spring Security (an answer kept costs no security or database work).
 */
@RequiredArgsConstructor
class PublicAnswerCacheFilter extends OncePerRequestFilter {

    /** Bigger answers (a territory's printable page of 500 services) are rendered each time. */
    static final int MAX_BODY_BYTES = 512 * 1024;
    /** How long a request waits for another request's rendering of the same page before rendering it itself. */
    static final long WAIT_MILLIS = 2_000;
    static final String STORED_CACHE_CONTROL = "no-cache";
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            "cache-control", "pragma", "expires", "etag", "content-type", "content-language");

    private final PublicAnswerCache cache;

    /** The public answers the cache may keep: the directory, the HSDS API and the bank's search and practices. */
    static boolean publicPath(String path) {
        return path.equals("/directory") || path.startsWith("/directory/") || path.equals("/api/v1/hsds")
                || path.startsWith("/api/v1/hsds/") || path.equals("/bank") || path.matches("/bank/[0-9]+");
    }

    /** What identifies an anonymous request's answer; null when this request must not be served from the cache. */
    static String keyOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!publicPath(path) || request.getHeader("Authorization") != null
                || request.getRequestedSessionId() != null) {
            return null;
        }
        String language = "";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if ("minga-lang".equals(c.getName())) {
                    language = c.getValue();
                }
            }
        }
        StringBuilder key = new StringBuilder(160).append(request.getScheme()).append("://")
                .append(request.getServerName()).append(':').append(request.getServerPort())
                .append(request.getRequestURI());
        if (request.getQueryString() != null) {
            key.append('?').append(request.getQueryString());
        }
        // the same handler answers a fragment to HTMX and the page otherwise; the language comes from the cookie
        for (String varying : new String[]{language, request.getHeader("Accept"), request.getHeader("HX-Request"),
                request.getHeader("HX-Target"), request.getHeader("HX-Trigger"), request.getHeader("HX-Boosted")}) {
            key.append('\n').append(varying == null ? "" : varying);
        }
        return key.toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = cache.enabled() ? keyOf(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        PublicAnswerCache.Answer kept = cache.get(key);
        if (kept == null || cache.dueForRefresh(kept)) {
            CompletableFuture<PublicAnswerCache.Answer> mine = new CompletableFuture<>();
            CompletableFuture<PublicAnswerCache.Answer> other = cache.join(key, mine);
            if (other == null) {
                render(key, request, response, chain, mine);
                return;
            }
            if (kept == null) {
                kept = await(other);
            }
            if (kept == null) {
                chain.doFilter(request, response);
                return;
            }
        }
        send(kept, request, response);
    }

    private static PublicAnswerCache.Answer await(CompletableFuture<PublicAnswerCache.Answer> other) {
        try {
            return other.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            CompletableFuture<PublicAnswerCache.Answer> mine) throws ServletException, IOException {
        long since = cache.generation();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        PublicAnswerCache.Answer answer = null;
        try {
            // set before the chain, so Spring Security leaves its "no-store" out of an answer that may be kept
            wrapper.setHeader("Cache-Control", STORED_CACHE_CONTROL);
            chain.doFilter(request, wrapper);
            answer = keepable(request, wrapper);
            if (answer != null && !cache.put(key, answer, since)) {
                answer = null;
            }
        } finally {
            cache.done(key, mine, answer);
        }
        if (answer == null) {
            wrapper.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            wrapper.setHeader("Pragma", "no-cache");
            wrapper.setDateHeader("Expires", 0);
        } else {
            wrapper.setHeader("ETag", answer.etag());
            if (notModified(request, answer)) {
                wrapper.resetBuffer();
                wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            }
        }
        wrapper.copyBodyToResponse();
    }

    private static PublicAnswerCache.Answer keepable(HttpServletRequest request,
            ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        if (response.getStatus() != HttpServletResponse.SC_OK || request.isAsyncStarted() || type == null
                || !(type.startsWith("text/html") || type.startsWith("application/json"))
                || !response.getHeaders("Set-Cookie").isEmpty() || request.getSession(false) != null
                || response.getContentSize() > MAX_BODY_BYTES) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        byte[] body = response.getContentAsByteArray();
        Locale language = type.startsWith("text/html") ? response.getLocale() : null;
        return new PublicAnswerCache.Answer(type, language, List.copyOf(headers), body, etag(body), System.nanoTime());
    }

    private static void send(PublicAnswerCache.Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (Map.Entry<String, String> header : answer.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setHeader("Cache-Control", STORED_CACHE_CONTROL);
        response.setHeader("ETag", answer.etag());
        if (notModified(request, answer)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        if (answer.language() != null) {
            response.setLocale(answer.language());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static boolean notModified(HttpServletRequest request, PublicAnswerCache.Answer answer) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(answer.etag()) || t.equals("W/" + answer.etag())) {
                return true;
            }
        }
        return false;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Right after the rate limit (HIGHEST_PRECEDENCE + 100), before Spring Security (order -100). */
        @Bean
        FilterRegistrationBean<PublicAnswerCacheFilter> publicAnswerCacheFilter(PublicAnswerCache cache) {
            FilterRegistrationBean<PublicAnswerCacheFilter> bean = new FilterRegistrationBean<>(
                    new PublicAnswerCacheFilter(cache));
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
            bean.addUrlPatterns("/*");
            return bean;
        }
    }
}
