package org.minga.platform.internal.publiccache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cache of anonymous answers of the public endpoints ({@code minga.public-cache.*}): how long an answer is
 * kept at most ({@code ttl}, 30 s; 0 turns the cache off) and how much memory all of them may take
 * ({@code max-megabytes}, 32).
 */
@ConfigurationProperties("minga.public-cache")
record PublicCacheProperties(Duration ttl, Integer maxMegabytes) {

    Duration effectiveTtl() {
        return ttl == null ? Duration.ofSeconds(30) : ttl;
    }

    long maxBytes() {
        return (maxMegabytes == null || maxMegabytes < 1 ? 32L : maxMegabytes) * 1024 * 1024;
    }
}
