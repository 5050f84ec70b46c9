package org.minga.platform.internal.demo;

import java.util.Comparator;
import java.util.List;

import org.minga.platform.DemoDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.minga.platform.internal.StartupTask;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads each demo dataset once, in order, each in its own transaction, when {@code minga.demo} is true.
 * A dataset whose name is already recorded is skipped, so restarts keep what users changed. Runs before
 * the web server opens, so nobody signs in to a half-loaded demo.
 */
@Component
@ConditionalOnProperty(name = "minga.demo", havingValue = "true", matchIfMissing = true)
class DemoDataLoader extends StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataset> datasets;
    private final DemoDatasetRepository history;
    private final TransactionTemplate tx;

    DemoDataLoader(List<DemoDataset> datasets, DemoDatasetRepository history, TransactionTemplate tx) {
        super(10); // after the first administrator (phase 0)
        this.datasets = datasets.stream().sorted(Comparator.comparingInt(DemoDataset::order)).toList();
        this.history = history;
        this.tx = tx;
    }

    @Override
    protected void run() {
        // demo data is written by the system; the audit log shows it as "demo"
        var auth = new UsernamePasswordAuthenticationToken("demo", null, AuthorityUtils.NO_AUTHORITIES);
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            for (DemoDataset dataset : datasets) {
                tx.executeWithoutResult(status -> {
                    if (!history.loaded(dataset.name())) {
                        long start = System.nanoTime();
                        dataset.load();
                        history.recordLoaded(dataset.name());
                        log.info("Demo data '{}' loaded in {} ms", dataset.name(),
                                (System.nanoTime() - start) / 1_000_000);
                    }
                });
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
