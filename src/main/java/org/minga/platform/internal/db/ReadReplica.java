package org.minga.platform.internal.db;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read-only transactions (the situation room, indicators, exports) on a streaming replica, everything else on the
 * primary (issue 19). Wrapped in a {@code LazyConnectionDataSourceProxy}, so the connection is taken at the first
 * statement, when the transaction's read-only flag is known. The replica is used only while it answers and its
 * replay lags at most {@code maxLag} behind the primary (checked every few seconds on this node with
 * {@code pg_last_xact_replay_timestamp()}); otherwise, or when a connection to it fails, the read goes to the
 * primary.
 */
final class ReadReplica extends AbstractDataSource implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(ReadReplica.class);

    private final DataSource primary;
    private final DataSource replica;
    private final Duration maxLag;
    private final ScheduledExecutorService checker;
    private volatile boolean usable;
    private final AtomicLong toReplica = new AtomicLong();
    private final AtomicLong toPrimary = new AtomicLong();

    ReadReplica(DataSource primary, DataSource replica, Duration maxLag, Duration checkEvery) {
        this.primary = primary;
        this.replica = replica;
        this.maxLag = maxLag;
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "minga-replica-check");
            t.setDaemon(true);
            return t;
        });
        check();
        checker.scheduleWithFixedDelay(this::check, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly() && usable) {
            try {
                Connection c = replica.getConnection();
                toReplica.incrementAndGet();
                return c;
            } catch (SQLException e) {
                usable = false;
                log.warn("La réplica de lectura no respondió ({}): las lecturas van al primario.", e.getMessage());
            }
        }
        toPrimary.incrementAndGet();
        return primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Minga takes its connections from its pools, with their own credentials.");
    }

    /** Whether read-only work goes to the replica now. */
    boolean usable() {
        return usable;
    }

    /** Connections handed out from the replica and from the primary since start-up. */
    long[] counts() {
        return new long[]{toReplica.get(), toPrimary.get()};
    }

    /** Asks the replica whether it answers and how far its replay is behind; decides where reads go. */
    void check() {
        boolean was = usable;
        try (Connection c = replica.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select case when pg_is_in_recovery() then coalesce(extract(epoch from "
                        + "now() - pg_last_xact_replay_timestamp()), 0) else 0 end")) {
            rs.next();
            double lagSeconds = rs.getDouble(1);
            // an idle primary writes nothing to replay, so the last replayed commit ages: that is not lag when the
            // replica has received everything the primary sent
            boolean caughtUp = lagSeconds <= maxLag.toMillis() / 1000.0 || caughtUp(c);
            usable = caughtUp;
            if (!caughtUp && was) {
                log.warn("La réplica de lectura va {} s atrás (máximo {}): las lecturas van al primario.",
                        Math.round(lagSeconds), maxLag);
            }
        } catch (SQLException | RuntimeException e) {
            usable = false;
            if (was) {
                log.warn("La réplica de lectura no responde ({}): las lecturas van al primario.", e.getMessage());
            }
        }
        if (usable && !was) {
            log.info("La réplica de lectura responde: las transacciones de solo lectura van a ella.");
        }
    }

    private static boolean caughtUp(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_is_in_recovery() and not pg_is_wal_replay_paused()"
                        + " and pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
        if (replica instanceof Closeable c) {
            try {
                c.close();
            } catch (java.io.IOException e) {
                log.debug("replica pool close", e);
            }
        }
    }
}
