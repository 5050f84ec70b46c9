package org.minga.platform.internal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NIST SP 800-63B for passwords people choose: at least 12 characters (up to 200, any characters), and none
 * that is common or known from breaches: the 30,000 most common passwords shipped with Minga
 * ({@code security/common-passwords.txt}), also with digits or symbols only added around them
 * ("password2026!"), a single repeated character, or the user's own name or the service's. No composition rules
 * (they do not help, NIST says).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    private final Set<String> common;

    PasswordPolicy() {
        Set<String> words = new HashSet<>(40_000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la lista de contraseñas comunes.", e);
        }
        this.common = Set.copyOf(words);
    }

    /** Why the password is refused, in Spanish; empty if it is acceptable. */
    Optional<String> problem(String password, String username) {
        if (password == null || password.isBlank()) {
            return Optional.of("La contraseña es obligatoria.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("La contraseña debe tener al menos " + MIN_LENGTH + " caracteres.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("La contraseña puede tener como máximo " + MAX_LENGTH + " caracteres.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (common.contains(lower) || common.contains(lower.strip()) || (!core.isEmpty() && common.contains(core))) {
            return Optional
                    .of("Esa contraseña es muy común o aparece en filtraciones conocidas: elija otra, por ejemplo "
                            + "una frase de varias palabras.");
        }
        if (lower.codePoints().distinct().count() == 1) {
            return Optional.of("La contraseña no puede ser un solo carácter repetido.");
        }
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("La contraseña no puede contener el nombre de usuario.");
        }
        if (core.equals("minga")) {
            return Optional.of("La contraseña no puede ser el nombre del servicio.");
        }
        return Optional.empty();
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }
}
