package org.minga.platform.internal.publiccache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The answers of the public endpoints (directory, eligibility, HSDS API, bank of good practices) as they were
 * rendered for an anonymous visitor, kept for a short time in this server's memory, so a hundred people asking for
 * the same page cost one rendering. Only anonymous answers are kept (see {@link PublicAnswerCacheFilter}), never a
 * signed-in user's page.
 * <p>
 * Every change people make is written to the audit log in its transaction; when such a transaction commits, the
 * audit log calls {@link #changed()} and the whole cache is emptied, so this server shows the change on the next
 * request. What changes without the audit log (another server of a cluster, a hand-written SQL update) shows up
 * when the entry expires: {@code minga.public-cache.ttl}.
 */
@Component
public class PublicAnswerCache {

    /** An answer as it is sent again: status 200, its headers (no cookie) and its body. */
    record Answer(String contentType, java.util.Locale language, List<Map.Entry<String, String>> headers, byte[] body,
            String etag, long renderedAt) {
    }

    private final PublicCacheProperties settings;
    /** Each change counts one: an answer rendered while a change committed is not kept. */
    private final AtomicLong generation = new AtomicLong();
    /** The renderings under way, so the same page is rendered once while others wait for it. */
    private final Map<String, CompletableFuture<Answer>> rendering = new ConcurrentHashMap<>();
    private volatile Duration ttl;
    private volatile long refreshAfterNanos;
    private volatile Cache<String, Answer> answers;

    PublicAnswerCache(PublicCacheProperties settings) {
        this.settings = settings;
        reset();
    }

    /** Back to the configured time to live, everything kept forgotten. */
    public final void reset() {
        timeToLive(settings.effectiveTtl());
    }

    /** How long an answer is kept at most; zero keeps none. Everything kept is forgotten (tests, operators). */
    public void timeToLive(Duration ttl) {
        this.ttl = ttl;
        this.refreshAfterNanos = ttl.toNanos() / 2;
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(ttl.isZero() || ttl.isNegative() ? Duration.ofNanos(1) : ttl)
                .maximumWeight(settings.maxBytes())
                .<String, Answer>weigher((key, answer) -> key.length() * 2 + answer.body().length + 200)
                .build();
        changed();
    }

    public Duration timeToLive() {
        return ttl;
    }

    boolean enabled() {
        return !ttl.isZero() && !ttl.isNegative();
    }

    /**
     * Data behind the public pages may have changed: forget every answer, now, or when the current transaction
     * commits if there is one (before the commit, a new rendering would still read the old rows).
     */
    public void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetAll();
                }
            });
        } else {
            forgetAll();
        }
    }

    private void forgetAll() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    long generation() {
        return generation.get();
    }

    Answer get(String key) {
        return answers.getIfPresent(key);
    }

    /**
     * Past half its time to live, the next request renders the page again while the others are still served the
     * answer kept (which never outlives its time to live): a popular page never expires under everyone at once.
     */
    boolean dueForRefresh(Answer answer) {
        return System.nanoTime() - answer.renderedAt() > refreshAfterNanos;
    }

    /** Keeps an answer unless the data changed since its rendering began ({@code since}); false if not kept. */
    boolean put(String key, Answer answer, long since) {
        if (generation.get() != since) {
            return false;
        }
        answers.put(key, answer);
        if (generation.get() != since) {
            answers.invalidate(key);
            return false;
        }
        return true;
    }

    /** Empty when this request renders the page (and must call {@link #done}); else the rendering to wait for. */
    CompletableFuture<Answer> join(String key, CompletableFuture<Answer> mine) {
        return rendering.putIfAbsent(key, mine);
    }

    void done(String key, CompletableFuture<Answer> mine, Answer answer) {
        rendering.remove(key, mine);
        mine.complete(answer);
    }

    /** How many answers are kept now (tests). */
    public long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }
}
