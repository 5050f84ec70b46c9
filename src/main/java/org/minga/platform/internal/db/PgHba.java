package org.minga.platform.internal.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The embedded server's pg_hba.conf. initdb writes {@code trust} for every connection (anyone on the machine
 * is postgres without a password); Minga replaces it with {@code scram-sha-256} for every connection, over
 * the loopback and the Unix socket alike.
 */
final class PgHba {

    static final String CONTENT = """
            # Written by Minga: every connection to the embedded server needs the password kept in
            # minga-db.secret (next to this file). The server listens on localhost only.
            # TYPE  DATABASE     USER  ADDRESS       METHOD
            local   all          all                 scram-sha-256
            host    all          all   127.0.0.1/32  scram-sha-256
            host    all          all   ::1/128       scram-sha-256
            local   replication  all                 scram-sha-256
            host    replication  all   127.0.0.1/32  scram-sha-256
            host    replication  all   ::1/128       scram-sha-256
            """;

    private PgHba() {
    }

    /** True when no line of the file lets a connection in without a password. */
    static boolean isSecured(Path hba) throws IOException {
        if (!Files.exists(hba)) {
            return false;
        }
        List<String> rules = Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
        return !rules.isEmpty() && rules.stream().allMatch(line -> line.endsWith("scram-sha-256"));
    }

    static void writeSecured(Path hba) throws IOException {
        Path tmp = hba.resolveSibling(hba.getFileName() + ".minga-tmp");
        Files.writeString(tmp, CONTENT, StandardCharsets.UTF_8);
        Files.move(tmp, hba, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
