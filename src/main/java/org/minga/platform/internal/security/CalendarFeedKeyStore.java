package org.minga.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.CalendarFeedKeys;
import org.minga.platform.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CalendarFeedKeys} on the table calendar_feed_key: 32 random bytes in base64url, stored as SHA-256. */
@Service
@RequiredArgsConstructor
class CalendarFeedKeyStore implements CalendarFeedKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedKeyRepository repository;
    private final AuditLog audit;

    @Override
    @Transactional
    public String create(CurrentUser user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        repository.revoke(user.id());
        long id = repository.insert(user.id(), hash(secret));
        audit.record("CREATE", "calendar_feed_key", id, user.jurisdictionId(),
                "Dirección secreta del calendario personal de " + user.username(), null, null);
        return secret;
    }

    @Override
    @Transactional
    public boolean revoke(CurrentUser user) {
        boolean revoked = repository.revoke(user.id());
        if (revoked) {
            audit.record("REVOKE", "calendar_feed_key", null, user.jurisdictionId(),
                    "Dirección secreta del calendario personal de " + user.username() + " revocada", null, null);
        }
        return revoked;
    }

    @Override
    public Optional<Instant> inForceSince(long userId) {
        return repository.inForceSince(userId);
    }

    @Override
    public Optional<CurrentUser> userOf(String secret) {
        if (secret == null || secret.length() != 43 || !secret.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        Optional<CurrentUser> user = repository.userOf(hash(secret));
        user.ifPresent(u -> repository.touch(hash(secret)));
        return user;
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
