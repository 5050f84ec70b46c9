package org.minga.platform.internal.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Minga keeps its data. With no {@code url} Minga starts its own PostgreSQL whose files
 * live in {@code embeddedDataDir}; with a url it uses that server and starts nothing. {@code embeddedFresh}
 * (tests only) wipes the embedded data directory the first time this JVM starts the server.
 * {@code embeddedDurable} (default true) keeps {@code fsync} and {@code synchronous_commit} on; only the test
 * suite turns it off, for speed. {@code replicaUrl} (with {@code replicaUser}, {@code replicaPassword}) sends
 * read-only transactions to a streaming replica while it lags at most {@code replicaMaxLag} (10 s).
 */
@ConfigurationProperties("minga.db")
public record DatabaseProperties(String url, String user, String password, String embeddedDataDir,
        Integer embeddedPort, Integer poolSize, boolean embeddedFresh,
        Boolean embeddedDurable, String replicaUrl, String replicaUser, String replicaPassword,
        java.time.Duration replicaMaxLag) {

    /** A streaming replica for read-only transactions ({@code MINGA_DB_REPLICA_URL}; issue 19). */
    public boolean hasReplica() {
        return replicaUrl != null && !replicaUrl.isBlank();
    }

    java.time.Duration effectiveReplicaMaxLag() {
        return replicaMaxLag == null ? java.time.Duration.ofSeconds(10) : replicaMaxLag;
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }

    boolean durable() {
        return embeddedDurable == null || embeddedDurable;
    }

    int effectivePoolSize() {
        return poolSize == null || poolSize < 1 ? 10 : poolSize;
    }
}
