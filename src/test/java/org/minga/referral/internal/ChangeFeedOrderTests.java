package org.minga.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.AccessScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The change feed never skips an event, even when the transactions that wrote two events commit out of order. */
@MingaTest
class ChangeFeedOrderTests {

    @Autowired
    WebhookService webhooks;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventWhoseTransactionCommitsAfterALaterOneIsStillRead() throws Exception {
        long j = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        long cursor = jdbc.sql("select coalesce(max(seq), 0) from referral_event").query(Long.class).single();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // the first transaction draws the lower event number and stays open
            Future<?> first = pool.submit(() -> tx.executeWithoutResult(s -> {
                webhooks.record("referral.status_changed", j, -901, "/", 0, Map.of("order", "first"));
                firstWrote.countDown();
                await(commitFirst);
            }));
            assertThat(firstWrote.await(20, TimeUnit.SECONDS)).isTrue();
            // the second draws a higher number and commits first
            tx.executeWithoutResult(
                    s -> webhooks.record("referral.status_changed", j, -902, "/", 0, Map.of("order", "second")));
            long secondSeq = jdbc.sql("select max(seq) from referral_event").query(Long.class).single();
            assertThat(secondSeq).as("the committed event is visible").isGreaterThan(cursor);

            // a reader now would see only the second event and move its cursor past the first: it waits instead
            Future<WebhookService.Feed> read = pool.submit(() -> webhooks.changes(cursor, 500, AccessScope.EVERYTHING,
                    null));
            Thread.sleep(700);
            assertThat(read.isDone()).as("the feed waits for the open transaction").isFalse();
            commitFirst.countDown();
            first.get(20, TimeUnit.SECONDS);

            List<Long> seen = new ArrayList<>();
            WebhookService.Feed page = read.get(20, TimeUnit.SECONDS);
            page.items().stream().filter(c -> c.referralId() < -900).forEach(c -> seen.add(c.referralId()));
            WebhookService.Feed rest = webhooks.changes(page.next(), 500, AccessScope.EVERYTHING, null);
            rest.items().stream().filter(c -> c.referralId() < -900).forEach(c -> seen.add(c.referralId()));
            assertThat(seen).containsExactly(-901L, -902L);
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
            jdbc.sql("delete from webhook_delivery where event_seq in "
                    + "(select seq from referral_event where referral_id in (-901, -902))").update();
            jdbc.sql("delete from referral_event where referral_id in (-901, -902)").update();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
