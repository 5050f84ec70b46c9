package org.minga.referral.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/** A care route and a webhook subscription are valid whole or refused with every problem named. */
class CareRouteAndWebhookTests {

    @Test
    void aRouteHasStepsWithAnEntityAndAMaximumTime() {
        CareRoute r = CareRoute.define(1, "Bogotá", " ruta-1 ", " Ruta ", null, "INCOME",
                List.of(new CareRoute.Step(" Valoración ", null, 7L, null, 5)), List.of());
        assertThat(r.code()).isEqualTo("RUTA-1");
        assertThat(r.steps()).extracting(CareRoute.Step::name).containsExactly("Valoración");
        assertThatThrownBy(() -> CareRoute.define(1, "Bogotá", "x", "", null, "NADA",
                List.of(new CareRoute.Step("", null, null, null, 0)), List.of(new FieldError("steps", "servicio"))))
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                                .extracting(FieldError::field).containsExactly("code", "steps", "name", "needCategory",
                                        "steps[0].name", "steps[0].actorId", "steps[0].maxDays"));
    }

    @Test
    void aSubscriptionNeedsAnHttpAddressALongSecretAndKnownEvents() {
        WebhookSubscription s = WebhookSubscription.of(1, " https://example.org/hook ", "0123456789abcdef", null);
        assertThat(s.url().getHost()).isEqualTo("example.org");
        assertThat(s.eventTypes()).hasSize(4);
        assertThatThrownBy(() -> WebhookSubscription.of(1, "ftp://x", "corto", List.of("referral.deleted")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("url", "secret", "eventTypes"));
    }
}
