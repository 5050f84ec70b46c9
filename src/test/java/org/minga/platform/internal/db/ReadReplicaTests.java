package org.minga.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only transactions go to the read replica when one is configured (MINGA_DB_REPLICA_URL), the rest to the
 * primary; a replica that does not answer sends the reads back to the primary (issue 19). The "replica" here is a
 * second database on the test server: {@code current_database()} tells where a statement ran.
 */
@MingaTest
class ReadReplicaTests {

    @Autowired
    HikariDataSource primary;

    DatabaseProperties replicaAt(String url) {
        return new DatabaseProperties(primary.getJdbcUrl(), primary.getUsername(), primary.getPassword(), null, null,
                2, false, null, url, null, null, Duration.ofSeconds(10));
    }

    String databaseOf(DatabaseConfiguration.Routed routed, boolean readOnly) {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(routed));
        tx.setReadOnly(readOnly);
        return tx.execute(s -> JdbcClient.create(routed).sql("select current_database()").query(String.class)
                .single());
    }

    @Test
    void readOnlyWorkLandsOnTheReplicaAndWritesOnThePrimary() throws Exception {
        try (Connection c = primary.getConnection()) {
            c.createStatement().execute("drop database if exists minga_replica");
            c.createStatement().execute("create database minga_replica");
        }
        String url = primary.getJdbcUrl().replaceFirst("/minga(\\?|$)", "/minga_replica$1");
        try (DatabaseConfiguration.Routed routed = DatabaseConfiguration.readReplica(primary, replicaAt(url),
                GuardedDataSource.Mode.OFF)) {
            assertThat(routed.routing().usable()).isTrue();
            assertThat(databaseOf(routed, true)).isEqualTo("minga_replica");
            assertThat(databaseOf(routed, false)).isEqualTo("minga");
            // outside a transaction: the primary
            assertThat(JdbcClient.create(routed).sql("select current_database()").query(String.class).single())
                    .isEqualTo("minga");
        }
    }

    @Test
    void aReplicaThatDoesNotAnswerSendsTheReadsToThePrimary() {
        // a port nobody listens on
        String url = "jdbc:postgresql://127.0.0.1:1/minga";
        try (DatabaseConfiguration.Routed routed = DatabaseConfiguration.readReplica(primary, replicaAt(url),
                GuardedDataSource.Mode.OFF)) {
            assertThat(routed.routing().usable()).isFalse();
            assertThat(databaseOf(routed, true)).isEqualTo("minga");
        }
    }

    @Autowired
    javax.sql.DataSource applicationDataSource;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void withoutAReplicaEverythingGoesToTheOneDatabase() {
        // the test suite's Minga has no MINGA_DB_REPLICA_URL: its DataSource is the one pool
        assertThat(applicationDataSource).isNotInstanceOf(DatabaseConfiguration.Routed.class).isSameAs(primary);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setReadOnly(true);
        String database = tx.execute(s -> JdbcClient.create(applicationDataSource).sql("select current_database()")
                .query(String.class).single());
        assertThat(database).isEqualTo("minga");
    }
}
