package org.minga.referral.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of the Standard Webhooks convention (standardwebhooks.com): the receiver gets {@code webhook-id} (the
 * event's id, the same on every retry), {@code webhook-timestamp} (seconds since the epoch of this attempt) and
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, keyed with the subscription's secret
 * (its UTF-8 bytes). The timestamp is signed, so a captured call cannot be replayed once it is older than the
 * receiver's tolerance. {@link #verify} is the verifier the README documents for receivers.
 */
public final class StandardWebhooks {

    /** How far a timestamp may be from the receiver's clock, either way, as the convention recommends. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooks() {
    }

    /** The {@code webhook-signature} header of a call: {@code v1,} and the base64 HMAC-SHA256 of id.timestamp.body. */
    public static String signature(String secret, String id, long timestamp, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(secret, id + "." + timestamp + "." + body));
    }

    /**
     * Whether a call is authentic and fresh: its timestamp is within {@code tolerance} of {@code now} and one of the
     * space-separated signatures of its {@code webhook-signature} header is the expected one (compared in constant
     * time). A receiver also keeps the ids it has seen for the tolerance, to drop a duplicate.
     */
    public static boolean verify(String secret, String id, String timestamp, String body, String signatures,
            Instant now, Duration tolerance) {
        if (secret == null || id == null || timestamp == null || body == null || signatures == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = signature(secret, id, seconds, body).getBytes(StandardCharsets.US_ASCII);
        for (String given : signatures.strip().split(" +")) {
            if (MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
