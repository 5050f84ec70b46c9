package org.minga.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.minga.platform.ValidationException;

/**
 * An image offered as an authorization's evidence, checked by its content (not only its declared type): a JPEG, PNG
 * or WebP of at most {@link #MAX_BYTES}.
 */
final class EvidenceImage {

    static final int MAX_BYTES = 1_500_000;

    private EvidenceImage() {
    }

    /** Refuses, naming the field, what is not an image of the three kinds or is too big. */
    static void check(String mediaType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ValidationException("evidence", "La evidencia de la autorización llegó vacía.");
        }
        if (content.length > MAX_BYTES) {
            throw new ValidationException("evidence", "La imagen de la evidencia pesa " + content.length / 1024
                    + " KB: el máximo es " + MAX_BYTES / 1024 + " KB.");
        }
        boolean matches = switch (mediaType == null ? "" : mediaType) {
            case "image/jpeg" -> starts(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "image/png" -> starts(content, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
            case "image/webp" -> starts(content, "RIFF".getBytes(StandardCharsets.US_ASCII)) && content.length > 12
                    && Arrays.equals(content, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4);
            default -> false;
        };
        if (!matches) {
            throw new ValidationException("evidence",
                    "La evidencia debe ser una foto o una firma en imagen JPEG, PNG o WebP.");
        }
    }

    private static boolean starts(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
