package org.minga.household.internal.characterization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minga.platform.ValidationException;

/** Who answers an instrument, and when. */
class CharacterizationRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    static final Characterization.Respondent HOUSEHOLD = new Characterization.Respondent(3, null, "/1/5/");
    static final Characterization.Respondent MEMBER = new Characterization.Respondent(3, 8L, "/1/5/");

    @Test
    void anInstrumentAboutPersonsNeedsTheMemberAndOneAboutTheHouseholdTakesNone() {
        assertThatThrownBy(
                () -> Characterization.answered(1, 2, Characterization.Subject.PERSON, HOUSEHOLD, TODAY, TODAY,
                        Map.of(), "campo.suba")).isInstanceOf(ValidationException.class)
                                .hasMessageContaining("indique cuál");
        assertThatThrownBy(
                () -> Characterization.answered(1, 2, Characterization.Subject.HOUSEHOLD, MEMBER, TODAY, TODAY,
                        Map.of(), "campo.suba")).isInstanceOf(ValidationException.class)
                                .hasMessageContaining("no indique una persona");
    }

    @Test
    void answersAreNotGivenInTheFuture() {
        assertThatThrownBy(() -> Characterization.answered(1, 2, Characterization.Subject.HOUSEHOLD, HOUSEHOLD,
                TODAY.plusDays(1), TODAY, Map.of(), "campo.suba")).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("no puede ser futura");
        Characterization c = Characterization.answered(1, 2, Characterization.Subject.PERSON, MEMBER, TODAY, TODAY,
                Map.of("gestante", true), "campo.suba");
        assertThat(c.personId()).isEqualTo(8L);
        assertThat(c.answers()).containsEntry("gestante", true);
        assertThat(c.id()).isNull();
    }
}
