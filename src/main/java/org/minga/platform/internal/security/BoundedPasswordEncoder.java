package org.minga.platform.internal.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most {@code permits} password hashes at once (Argon2id costs tens of milliseconds of CPU by design). Without a
 * bound, a crowd signing in at the start of a working day (issue 26: 480 officials in a minute) or a burst of HTTP
 * Basic calls takes every core, and every other page waits behind the hashes; with it, the sign-ins queue and the
 * rest of the server keeps its CPU. A check that waits longer than {@code maxWait} is refused with
 * {@link Busy}: the login page asks to try again in a few seconds, the API answers 503 with {@code Retry-After}.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final Duration maxWait;

    BoundedPasswordEncoder(PasswordEncoder delegate, int permits, Duration maxWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(permits, true);
        this.maxWait = maxWait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hash) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!acquired) {
            throw new Busy();
        }
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }

    /** Too many password checks were waiting: nothing about the account is known or told. */
    static final class Busy extends AuthenticationServiceException {

        private static final long serialVersionUID = 1L;

        Busy() {
            super("Muchas personas están ingresando a la vez. Vuelva a intentar en unos segundos.");
        }
    }
}
