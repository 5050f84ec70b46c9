package org.minga.platform.internal.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits per client address of what anyone can call without signing in ({@code minga.rate-limit.*}).
 * {@code publicPages}: the directory, the HSDS API, the bank of good practices, eligibility, a survey's and a
 * devolución's public pages; {@code surveyAnswers}: answers sent through a survey's public link.
 */
@ConfigurationProperties("minga.rate-limit")
public record RateLimitProperties(Boolean enabled, Limit publicPages, Limit surveyAnswers, Integer maxClients) {

    /** {@code requests} per {@code per}, refilled evenly; a client may spend the whole allowance in a burst. */
    public record Limit(Integer requests, Duration per) {

        int effectiveRequests(int fallback) {
            return requests == null || requests < 1 ? fallback : requests;
        }

        Duration effectivePer(Duration fallback) {
            return per == null || per.isZero() || per.isNegative() ? fallback : per;
        }
    }

    boolean effectiveEnabled() {
        return enabled == null || enabled;
    }

    int effectiveMaxClients() {
        return maxClients == null || maxClients < 100 ? 100_000 : maxClients;
    }
}
