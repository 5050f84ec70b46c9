package org.minga.participation.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/** The unguessable tokens of public links (a survey's {@code /s/}, a devolución's {@code /d/}). */
final class PublicTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicTokens() {
    }

    static String next() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** What {@code find} gives for a token of the right shape; empty for anything else, without asking. */
    static <T> Optional<T> lookUp(String token, Function<String, Optional<T>> find) {
        if (token == null || !token.matches("^[A-Za-z0-9_-]{20,40}$")) {
            return Optional.empty();
        }
        return find.apply(token);
    }
}
