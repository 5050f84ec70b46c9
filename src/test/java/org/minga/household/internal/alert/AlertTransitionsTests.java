package org.minga.household.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minga.household.internal.shared.StateTransitionRefused;
import org.minga.platform.ValidationException;

/** The alert's states as a field team lives them: taken in hand, closed with a note, and never closed twice. */
class AlertTransitionsTests {

    private static Alert open() {
        return Alert.of(1, 2, 3, 4L, "/1/", "ALTA", AlertStatus.ABIERTA, "Adolescente gestante de 16 años.",
                LocalDate.of(2026, 1, 10));
    }

    @Test
    void anAlertIsTakenInHandByATeamAndClosedWithTheNoteSayingHow() {
        Alert a = open();
        a.takeInHand(null, 7L);
        assertThat(a.status()).isEqualTo(AlertStatus.EN_GESTION);
        assertThat(a.fieldTeamId()).isEqualTo(7L);
        Instant now = Instant.parse("2026-01-05T15:00:00Z");
        a.close("  Remitida a control prenatal  ", null, now);
        assertThat(a.status()).isEqualTo(AlertStatus.CERRADA);
        assertThat(a.closingNote()).isEqualTo("Remitida a control prenatal");
        assertThat(a.closedAt()).isEqualTo(now);
        assertThat(a.fieldTeamId()).isEqualTo(7L);
    }

    @Test
    void aClosedAlertIsNotClosedTwiceNorReopened() {
        Alert a = open();
        a.close("Atendida", null, Instant.now());
        assertThatThrownBy(() -> a.close("Otra vez", null, Instant.now())).isInstanceOf(StateTransitionRefused.class)
                .hasMessage("La alerta ya está cerrada.");
        assertThatThrownBy(() -> a.moveTo(AlertStatus.ABIERTA, null, null, Instant.now()))
                .isInstanceOf(StateTransitionRefused.class);
    }

    @Test
    void closingNeedsTheNoteAndLeavesTheAlertOpenWithoutIt() {
        Alert a = open();
        assertThatThrownBy(() -> a.close(" ", null, Instant.now())).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("note"))
                .hasMessageContaining("escriba cómo se gestionó");
        assertThat(a.status()).isEqualTo(AlertStatus.ABIERTA);
        assertThat(a.closedAt()).isNull();
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheField() {
        assertThatThrownBy(() -> open().moveTo(AlertStatus.parse("RESUELTA"), null, null, Instant.now()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ABIERTA, EN_GESTION o CERRADA");
    }

    @Test
    void aClosingIsUndoneWithinTenMinutesBackToTheStatusItHad() {
        Alert a = open();
        a.takeInHand(null, 7L);
        Instant closed = Instant.parse("2026-01-05T15:00:00Z");
        a.close("Atendida", null, closed);
        a.undoClose(closed.plusSeconds(9 * 60));
        assertThat(a.status()).isEqualTo(AlertStatus.EN_GESTION);
        assertThat(a.closedAt()).isNull();
        assertThatThrownBy(() -> a.undoClose(closed.plusSeconds(10 * 60)))
                .isInstanceOf(StateTransitionRefused.class).hasMessageContaining("no hay cierre que deshacer");
    }

    @Test
    void aClosingIsNotUndoneOnceTheWindowHasPassed() {
        Alert a = open();
        Instant closed = Instant.parse("2026-01-05T15:00:00Z");
        a.close("Atendida", null, closed);
        assertThatThrownBy(() -> a.undoClose(closed.plusSeconds(11 * 60)))
                .isInstanceOf(StateTransitionRefused.class).hasMessageContaining("pasaron más de 10 minutos");
        assertThat(a.status()).isEqualTo(AlertStatus.CERRADA);
    }
}
