package org.minga.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What a receiver of Minga's webhooks can trust: the documented verifier, and the addresses Minga calls. */
class WebhookStandardsTests {

    static final String SECRET = "s3creto-de-prueba-1234";
    static final String ID = "5f0c3c8e-8a64-4b0e-9f3a-0d2b7f1c2a11";
    static final String BODY = "{\"type\":\"referral.status_changed\",\"referralId\":7}";

    @Test
    void theVerifierAcceptsAFreshSignedCallAndRejectsOneOlderThanTheTolerance() {
        Instant sent = Instant.parse("2026-03-21T14:30:00Z");
        long ts = sent.getEpochSecond();
        String signature = StandardWebhooks.signature(SECRET, ID, ts, BODY);
        assertThat(signature).startsWith("v1,");

        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(ts), BODY, signature, sent.plusSeconds(30),
                StandardWebhooks.TOLERANCE)).isTrue();
        // a captured call replayed six minutes later: its signed timestamp is older than the five minutes allowed
        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(ts), BODY, signature,
                sent.plus(Duration.ofMinutes(6)), StandardWebhooks.TOLERANCE)).isFalse();
        // a timestamp moved forward by the attacker no longer matches the signature
        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(ts + 360), BODY, signature,
                sent.plus(Duration.ofMinutes(6)), StandardWebhooks.TOLERANCE)).isFalse();
        // another body, another id or another secret: refused
        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(ts), BODY.replace('7', '8'), signature, sent,
                StandardWebhooks.TOLERANCE)).isFalse();
        assertThat(StandardWebhooks.verify(SECRET, ID.replace('5', '6'), String.valueOf(ts), BODY, signature, sent,
                StandardWebhooks.TOLERANCE)).isFalse();
        assertThat(StandardWebhooks.verify("otro-secreto-de-prueba", ID, String.valueOf(ts), BODY, signature, sent,
                StandardWebhooks.TOLERANCE)).isFalse();
        // during a secret rotation the header carries several signatures, separated by spaces
        assertThat(StandardWebhooks.verify(SECRET, ID, String.valueOf(ts), BODY, "v1,bm90LXRoaXMtb25l " + signature,
                sent, StandardWebhooks.TOLERANCE)).isTrue();
    }

    @Test
    void theSignatureIsTheBase64HmacOfIdTimestampAndBody() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        String expected = "v1," + java.util.Base64.getEncoder()
                .encodeToString(
                        mac.doFinal((ID + ".1774103400." + BODY).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(StandardWebhooks.signature(SECRET, ID, 1774103400L, BODY)).isEqualTo(expected);
    }

    @Test
    void loopbackPrivateAndLinkLocalTargetsAreRefusedInSpanishUnlessAllowed() {
        WebhookTargets publicOnly = new WebhookTargets(false);
        for (String url : new String[]{"http://127.0.0.1:8080/hook", "http://localhost/hook", "https://10.1.2.3/x",
                "https://172.16.0.9/x", "https://192.168.1.20/x", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/x", "http://[fe80::1]/x", "http://[fd12:3456::1]/x", "http://0.0.0.0/x",
                "http://100.64.0.1/x"}) {
            assertThat(publicOnly.problem(URI.create(url))).as(url).hasValueSatisfying(
                    m -> assertThat(m).contains("no pública").contains("direcciones públicas"));
        }
        assertThat(publicOnly.problem(URI.create("https://8.8.8.8/hook"))).isEmpty();
        assertThat(publicOnly.problem(URI.create("https://[2001:4860:4860::8888]/hook"))).isEmpty();
        assertThat(new WebhookTargets(true).problem(URI.create("http://127.0.0.1:8080/hook"))).isEmpty();
    }
}
