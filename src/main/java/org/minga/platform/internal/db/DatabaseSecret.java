package org.minga.platform.internal.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The password of the embedded server's superuser, generated at the first start and kept in
 * {@code minga-db.secret} inside the data directory, readable by its owner only. It lives with the data it
 * protects: whoever can read the data directory can read the data anyway, and a copy of the directory keeps
 * working.
 */
final class DatabaseSecret {

    static final String FILE = "minga-db.secret";

    private DatabaseSecret() {
    }

    static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE);
    }

    static Optional<String> read(Path dataDirectory) throws IOException {
        Path file = file(dataDirectory);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }

    /** A new random password (256 bits), written owner-only and synced before anyone relies on it. */
    static String create(Path dataDirectory) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path file = file(dataDirectory);
        Path tmp = dataDirectory.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((secret + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return secret;
    }
}
