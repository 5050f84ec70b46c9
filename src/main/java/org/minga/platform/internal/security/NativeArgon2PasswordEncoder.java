package org.minga.platform.internal.security;

import java.util.Arrays;
import java.util.function.Supplier;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id through the reference C library (argon2-jvm, which ships it for Linux, macOS and Windows), with the same
 * parameters and the same encoded form as Spring's {@link Argon2PasswordEncoder#defaultsForSpringSecurity_v5_8()}
 * ({@code $argon2id$v=19$m=16384,t=2,p=1$salt$hash}): each one verifies the other's hashes, so stored passwords
 * keep working either way. The same cost for an attacker, less for the server: measured on the 2-core machine of
 * issue 26, a check takes about 13 ms instead of 21 ms warm (Bouncy Castle's Java), and its 16 MiB of Argon2 memory
 * is allocated outside the Java heap instead of as 16 MiB of garbage per sign-in.
 *
 * <p>{@link #create()} falls back to Spring's encoder where the library does not load (an unusual platform, a C
 * library other than glibc): same hashes, only slower.
 */
final class NativeArgon2PasswordEncoder implements PasswordEncoder {

    private static final Logger log = LoggerFactory.getLogger(NativeArgon2PasswordEncoder.class);

    static final int SALT_LENGTH = 16;
    static final int HASH_LENGTH = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 1 << 14;
    static final int ITERATIONS = 2;

    private final Argon2 argon2;
    private final Argon2PasswordEncoder parameters = java();

    private NativeArgon2PasswordEncoder(Argon2 argon2) {
        this.argon2 = argon2;
    }

    /** The native encoder, checked once against a known hash; Spring's own where the library cannot be used. */
    static PasswordEncoder create() {
        return create(() -> Argon2Factory.create(Argon2Types.ARGON2id, SALT_LENGTH, HASH_LENGTH));
    }

    /** As {@link #create()}, with the library from {@code library} (which may throw where it does not load). */
    static PasswordEncoder create(Supplier<Argon2> library) {
        try {
            NativeArgon2PasswordEncoder nativeEncoder = new NativeArgon2PasswordEncoder(library.get());
            if (nativeEncoder.matches(SelfCheck.PASSWORD, SelfCheck.HASH)
                    && !nativeEncoder.matches(SelfCheck.PASSWORD + "x", SelfCheck.HASH)) {
                return nativeEncoder;
            }
            log.warn("La biblioteca nativa de Argon2 no reconoce un hash conocido; se usa la de Java (más lenta).");
        } catch (LinkageError | RuntimeException e) {
            log.warn("La biblioteca nativa de Argon2 no se pudo cargar ({}); se usa la de Java (más lenta).",
                    e.toString());
        }
        return java();
    }

    /** Spring's Java encoder with the same parameters: the fallback, and the judge of {@link #upgradeEncoding}. */
    private static Argon2PasswordEncoder java() {
        return new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        char[] chars = chars(rawPassword);
        try {
            return argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !encodedPassword.startsWith("$argon2id$")) {
            return false;
        }
        char[] chars = chars(rawPassword);
        try {
            return argon2.verify(encodedPassword, chars);
        } catch (IllegalStateException e) {
            // the library refuses a malformed hash (a truncated or altered value): it matches nothing
            return false;
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Whether a hash was made with other parameters than these (an older, weaker one), as Spring's encoder says. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return parameters.upgradeEncoding(encodedPassword);
    }

    private static char[] chars(CharSequence raw) {
        char[] chars = new char[raw.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = raw.charAt(i);
        }
        return chars;
    }

    /** A hash of Spring's Java encoder, with the parameters above: the native library must recognise it. */
    private static final class SelfCheck {
        static final String PASSWORD = "secreto-de-prueba";
        static final String HASH = "$argon2id$v=19$m=16384,t=2,p=1$KtMxL5M8NZUR143n4IrkqQ"
                + "$MOIRHQrogaQtiRumBIF8BLCt7ICNAjoody3u3aWstL8";
    }
}
