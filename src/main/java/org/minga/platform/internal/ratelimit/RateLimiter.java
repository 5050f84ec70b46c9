package org.minga.platform.internal.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per limit and client address, in this server's memory: each node of a cluster
 * counts its own clients, which is enough to keep one address from exhausting a node. Idle, full buckets are
 * dropped every minute, and the number of addresses tracked is bounded, so a flood of addresses cannot fill
 * the memory.
 */
@Component
public class RateLimiter {

    /** The limits Minga applies; a limit's name is also its key in the configuration. */
    public enum Kind {
        PUBLIC_PAGES, SURVEY_ANSWERS
    }

    private final RateLimitProperties properties;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile boolean enabled;
    private volatile Map<Kind, RateLimitProperties.Limit> limits;

    RateLimiter(RateLimitProperties properties) {
        this.properties = properties;
        reset();
    }

    /** Back to the configured limits, every count forgotten. */
    public final void reset() {
        enabled = properties.effectiveEnabled();
        limits = Map.of(
                Kind.PUBLIC_PAGES, limitOrDefault(properties.publicPages(), 300, Duration.ofMinutes(1)),
                Kind.SURVEY_ANSWERS, limitOrDefault(properties.surveyAnswers(), 30, Duration.ofMinutes(10)));
        buckets.clear();
    }

    /** Changes a limit at run time (tests, operators through a debugger), every count forgotten. */
    public void set(Kind kind, int requests, Duration per) {
        Map<Kind, RateLimitProperties.Limit> changed = new java.util.EnumMap<>(limits);
        changed.put(kind, new RateLimitProperties.Limit(requests, per));
        limits = Map.copyOf(changed);
        enabled = true;
        buckets.clear();
    }

    public RateLimitProperties.Limit limit(Kind kind) {
        return limits.get(kind);
    }

    /** Takes one request from the client's allowance; empty if allowed, else how long to wait. */
    public Optional<Duration> consume(Kind kind, String client) {
        if (!enabled) {
            return Optional.empty();
        }
        if (buckets.size() >= properties.effectiveMaxClients()) {
            buckets.clear();
        }
        RateLimitProperties.Limit limit = limits.get(kind);
        Bucket bucket = buckets.computeIfAbsent(kind + " " + client, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per())).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Drops buckets that are full again: their clients have been quiet for a whole period. */
    @Scheduled(fixedDelay = 60_000)
    void dropIdle() {
        buckets.entrySet().removeIf(e -> {
            Kind kind = Kind.valueOf(e.getKey().substring(0, e.getKey().indexOf(' ')));
            return e.getValue().getAvailableTokens() >= limits.get(kind).requests();
        });
    }

    private static RateLimitProperties.Limit limitOrDefault(RateLimitProperties.Limit configured, int requests,
            Duration per) {
        return configured == null ? new RateLimitProperties.Limit(requests, per)
                : new RateLimitProperties.Limit(configured.effectiveRequests(requests), configured.effectivePer(per));
    }
}
