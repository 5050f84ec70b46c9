package org.minga.household.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/** An alert rule refuses what it cannot run, naming every field at once, and keeps its code and kind. */
class AlertRuleTests {

    @Test
    void aRuleIsDefinedWithItsDefaultsAndRefusesWhatItCannotRun() {
        AlertRule r = AlertRule.define(1, " R-1 ", " Mayor sola ", "OLDER_ADULT_ALONE", null, "ALTA", null);
        assertThat(r.code()).isEqualTo("R-1");
        assertThat(r.name()).isEqualTo("Mayor sola");
        assertThat(r.dueDays()).isEqualTo(15);
        assertThat(r.active()).isTrue();
        assertThatThrownBy(() -> AlertRule.define(1, "mal código", "", "OTRA", Map.of(), "ALTISIMA", 400))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("code", "name", "kind", "severity", "dueDays"));
    }

    @Test
    void tuningChecksEachParameterOfItsKindAndChangesNothingWhenRefused() {
        AlertRule r = AlertRule.define(1, "R-2", "Puntaje", "HOUSEHOLD_SCORE_ABOVE", Map.of(), "BAJA", 10);
        assertThatThrownBy(() -> r.tune("Puntaje", Map.of("question", "Pregunta Mala", "threshold", "mucho"), "ALTA",
                20, true)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message)
                        .contains("Umbral (se alerta por encima): 'mucho' no es un número."));
        assertThat(r.severity()).isEqualTo("BAJA");
        r.tune(" Puntaje alto ", Map.of("question", "puntaje", "threshold", "6,5"), "ALTA", 20, false);
        assertThat(r.params()).containsEntry("question", "puntaje").containsKey("threshold");
        assertThat(r.name()).isEqualTo("Puntaje alto");
        assertThat(r.active()).isFalse();
        assertThat(r.kind()).isEqualTo("HOUSEHOLD_SCORE_ABOVE");
    }
}
