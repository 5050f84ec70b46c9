package org.minga.attention.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.attention.Setting;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/** The rules an attention keeps by itself: its date, who gave it, and how many took part. */
class AttentionDomainTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static Attention.Facts facts(AttentionMode mode, LocalDate on, Integer count, Long person, List<Long> listed) {
        return new Attention.Facts(mode, on, null, "Cámara de Comercio", null, null, count, person, null, listed,
                null);
    }

    static List<String> problems(Attention.Facts f) {
        return Attention.problems(f, TODAY).stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void anIndividualAttentionIsGivenToOnePerson() {
        assertThat(problems(facts(AttentionMode.INDIVIDUAL, TODAY, 3, null, List.of()))).containsExactly(
                "personId: Una atención individual se registra a una persona.",
                "participantCount: Una atención individual tiene un solo participante.");
        assertThat(facts(AttentionMode.INDIVIDUAL, TODAY, null, 9L, null).participants()).isEqualTo(1);
    }

    @Test
    void aCollectiveAttentionCountsNoFewerThanThePeopleListed() {
        assertThat(problems(facts(AttentionMode.COLECTIVA, TODAY, 1, null, List.of(4L, 5L, 5L)))).containsExactly(
                "participantCount: El número de participantes (1) es menor que la lista de personas (2).");
        assertThat(problems(facts(AttentionMode.COLECTIVA, TODAY, 0, null, List.of())))
                .containsExactly("participantCount: Indique cuántas personas participaron (al menos una).");
        assertThat(facts(AttentionMode.COLECTIVA, TODAY, null, null, List.of(4L, 5L)).participants()).isEqualTo(2);
    }

    @Test
    void anAttentionIsNotInTheFutureAndNamesWhoGaveIt() {
        Attention.Facts nobody = new Attention.Facts(AttentionMode.COLECTIVA, TODAY.plusDays(1), null, " ", null,
                null, 20, null, null, null, "x".repeat(2001));
        assertThat(problems(nobody)).containsExactly(
                "attendedOn: La fecha de la atención no puede ser futura.",
                "fieldTeamId: Indique el equipo o el actor que hizo la atención.",
                "notes: Las notas admiten 2.000 caracteres.");
        assertThatThrownBy(() -> Attention.record(new Attention.Place(1, 2, "1.2"), Setting.LABORAL, nobody, TODAY,
                "ana")).isInstanceOf(ValidationException.class)
                        .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
                                .contains("attendedOn", "fieldTeamId", "notes"));
        Attention ok = Attention.record(new Attention.Place(1, 2, "1.2"), Setting.LABORAL,
                facts(AttentionMode.COLECTIVA, TODAY, 23, null, List.of()), TODAY, "ana");
        assertThat(ok.setting()).isEqualTo(Setting.LABORAL);
        assertThat(ok.mode()).isEqualTo(AttentionMode.COLECTIVA);
    }
}
