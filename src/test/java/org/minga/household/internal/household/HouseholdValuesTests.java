package org.minga.household.internal.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.minga.platform.ConflictException;
import org.minga.platform.Identity;
import org.minga.platform.ValidationException;

/** A household's values as a form gives them, and an edit on a version someone else changed. */
class HouseholdValuesTests {

    @Test
    void sisbenGroupsGoFromA1ToD21() {
        assertThat(new SisbenGroup(" b7 ").code()).isEqualTo("B7");
        assertThat(SisbenGroup.normalise("D21")).isEqualTo("D21");
        assertThat(SisbenGroup.normalise("A6")).isNull();
        assertThat(SisbenGroup.ofNullable(" ")).isNull();
        assertThatThrownBy(() -> new SisbenGroup("Z9")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("El grupo SISBEN IV 'Z9' no es válido");
    }

    @Test
    void theStratumGoesFrom0To6AndTheAddressHas300CharactersAtMost() {
        assertThatThrownBy(() -> new Household.Details(null, 7, null, false, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("El estrato debe estar entre 0 y 6");
        assertThatThrownBy(() -> new Household.Details("x".repeat(301), 2, null, false, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("300 caracteres");
    }

    @Test
    void aNewHouseholdHasItsPlaceAndAnEditOnAnOldVersionIsAConflict() {
        Household h = Household.register(new Identity<>(40), 1, "H-40", new Household.Place(5, "/1/5/", 4.7, -74.1),
                new Household.Details("Calle 9", 3, new SisbenGroup("A2"), true, null), "local.suba", Instant.now());
        assertThat(h.territoryPath()).isEqualTo("/1/5/");
        assertThat(h.code()).isEqualTo("H-40");
        assertThat(h.version()).isZero();
        assertThatThrownBy(() -> h.requireVersion(1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Otra persona modificó este hogar");
        assertThatThrownBy(() -> new Identity<>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
