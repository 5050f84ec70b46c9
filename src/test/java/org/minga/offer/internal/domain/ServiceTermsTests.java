package org.minga.offer.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.actor.Sector;
import org.minga.offer.Need;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/** A service's terms hold their invariants whoever builds them (a form, an import, the demo). */
class ServiceTermsTests {

    static Service.Terms terms(Integer minAge, Integer maxAge) {
        return new Service.Terms("CM-01", 7, "Colombia Mayor", "Subsidio para personas mayores", Sector.values()[0],
                List.of(Need.INCOME), null, minAge, maxAge, null, List.of(), List.of("A1"), null, null, null,
                List.of(), null, null, null, null, null, null, true, "colombia mayor");
    }

    @Test
    void theMinimumAgeIsNotAboveTheMaximum() {
        assertThatThrownBy(() -> terms(60, 18)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("maxAge",
                                "La edad mínima (60) no puede ser mayor que la edad máxima (18).")));
    }

    @Test
    void aNewServiceIsActiveAndGivenToAnyoneUnlessSaid() {
        Service s = Service.register(1, terms(60, null), Instant.now());
        assertThat(s.active()).isTrue();
        assertThat(s.status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(s.code()).isEqualTo("CM-01");
    }
}
