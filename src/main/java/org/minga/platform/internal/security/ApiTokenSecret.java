package org.minga.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of an API token, {@code minga_<id>_<secret>}: the id finds the row, the secret (32 random bytes,
 * base64url) proves possession. Only the SHA-256 of the secret is stored: for a secret of 256 random bits a fast
 * hash is as safe as a slow one (nothing to guess from a dictionary) and keeps every call O(1), where BCrypt or
 * Argon2 cost tens of milliseconds per call by design.
 */
record ApiTokenSecret(long id, String secret) {

    static final String PREFIX = "minga_";
    private static final Pattern FORMAT = Pattern.compile("minga_([1-9][0-9]{0,17})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** 32 fresh random bytes, base64url: the secret of a new token. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token as the client sends it, or empty when the text is not shaped like one. */
    static Optional<ApiTokenSecret> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(text.strip());
        return m.matches() ? Optional.of(new ApiTokenSecret(Long.parseLong(m.group(1)), m.group(2)))
                : Optional.empty();
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** True when this secret's hash is the stored one (compared in constant time). */
    boolean matches(byte[] storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash(secret), storedHash);
    }

    /** What the client sends. */
    String text() {
        return PREFIX + id + "_" + secret;
    }

    @Override
    public String toString() {
        return PREFIX + id + "_…"; // never the secret, not even in a log line
    }
}
