package org.minga.platform.internal.web;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The home's work lists read on one connection: one read-only transaction for all panels, each statement planned
 * for its own scope (a generic plan cannot use the territory-path indexes for "territory_path like :prefix").
 */
@Component
record HomeReadModel(JdbcClient jdbc, PlatformTransactionManager transactions) {

    <T> T onOneConnection(Supplier<T> reads) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return readOnly.execute(tx -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            return reads.get();
        });
    }
}
