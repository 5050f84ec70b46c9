package org.minga.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The C library's Argon2id and Spring's Java one are the same hash: a password stored by one signs in through the
 * other, with the same parameters, so moving between them locks nobody out.
 */
class NativeArgon2PasswordEncoderTests {

    final PasswordEncoder nativeEncoder = NativeArgon2PasswordEncoder.create();
    final Argon2PasswordEncoder java = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Test
    void onThisMachineTheCLibraryLoads() {
        assertThat(nativeEncoder).isInstanceOf(NativeArgon2PasswordEncoder.class);
    }

    @Test
    void whereTheLibraryDoesNotLoadSpringsEncoderTakesOverAndStoredPasswordsStillSignIn() {
        String stored = nativeEncoder.encode("clave-guardada");
        PasswordEncoder fallback = NativeArgon2PasswordEncoder.create(() -> {
            throw new UnsatisfiedLinkError("libargon2.so: no se encuentra (musl)");
        });
        assertThat(fallback).isInstanceOf(Argon2PasswordEncoder.class);
        assertThat(fallback.matches("clave-guardada", stored)).isTrue();
        assertThat(fallback.matches("otra", stored)).isFalse();
        assertThat(nativeEncoder.matches("clave-guardada", fallback.encode("clave-guardada"))).isTrue();
    }

    @Test
    void aHashOfEitherVerifiesInTheOtherWithTheSameParameters() {
        String password = "Clave de Bogotá ñ 2026";
        String byNative = nativeEncoder.encode(password);
        String byJava = java.encode(password);

        assertThat(byNative).startsWith("$argon2id$v=19$m=16384,t=2,p=1$").doesNotContain(password);
        assertThat(byNative.substring(0, 31)).isEqualTo(byJava.substring(0, 31));
        assertThat(byNative).isNotEqualTo(nativeEncoder.encode(password)); // a fresh salt each time

        assertThat(java.matches(password, byNative)).isTrue();
        assertThat(nativeEncoder.matches(password, byJava)).isTrue();
        assertThat(nativeEncoder.matches(password, byNative)).isTrue();
        assertThat(nativeEncoder.matches("Clave de Bogota n 2026", byNative)).isFalse();
        assertThat(nativeEncoder.matches("", byJava)).isFalse();
    }

    @Test
    void aWeakerOrStrangeHashIsNeverAMatchAndAWeakerOneIsMadeAgain() {
        String password = "otra-clave";
        String weaker = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode(password);
        assertThat(nativeEncoder.matches(password, weaker)).isTrue();
        assertThat(nativeEncoder.upgradeEncoding(weaker)).isTrue();
        assertThat(nativeEncoder.upgradeEncoding(nativeEncoder.encode(password))).isFalse();

        String good = nativeEncoder.encode(password);
        assertThat(nativeEncoder.matches(password, good.substring(0, good.length() - 4))).isFalse();
        assertThat(nativeEncoder.matches(password, "$argon2id$v=19$basura")).isFalse();
        assertThat(nativeEncoder.matches(password, "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(nativeEncoder.matches(password, null)).isFalse();
    }
}
