package org.minga.governance.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.governance.internal.Gov.LeadershipStepKind;
import org.minga.governance.internal.Gov.PetitionSource;
import org.minga.governance.internal.Gov.PetitionStatus;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;

/** The rules of seed 004's new aggregates, without a database: petitions, networks, leaderships, indicators. */
class Seed004DomainTests {

    static final Instant NOW = Instant.parse("2026-03-20T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @Test
    void aPetitionGoesOnlyOnTheAgendaOfTheBodyItWasRaisedToAndItsAnswerIsFinal() {
        assertThatThrownBy(() -> new Petition.Draft(1, "/1/", 5L, PetitionSource.BODY, null, 5, "Asunto", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("toBodyId");
        assertThatThrownBy(() -> new Petition.Draft(1, "/1/", 5L, PetitionSource.BODY, null, 7, " ", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("title");
        Petition p = Petition.raise(new Petition.Draft(1, "/1/3/11/", 5L, PetitionSource.BODY, null, 7, " Ruta ",
                null), "Equipo", NOW);
        assertThat(p.title()).isEqualTo("Ruta");
        assertThatThrownBy(() -> p.placeOnAgenda(30, 8, 0, NOW)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sessionId");
        p.placeOnAgenda(31, 7, 0, NOW);
        assertThat(p.status()).isEqualTo(PetitionStatus.ON_AGENDA);
        assertThatThrownBy(() -> p.answer(" ", "Zona", 0, NOW)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("answer");
        p.answer("Dos vehículos", "Zona", 0, NOW);
        assertThatThrownBy(() -> p.answer("Otra", "Zona", 0, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("ya fue respondida: Dos vehículos");
        assertThatThrownBy(() -> p.placeOnAgenda(32, 7, 0, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aNetworkTakesEachActorAndPersonOnce() {
        Network n = Network.form(new Network.Draft(1, "RED", "Red", null, new Network.Place(11, "/1/3/11/"),
                List.of(11L, 12L, 12L), null), NOW);
        n.joinActor(3, "Oferta", TODAY, 0, NOW);
        n.joinPerson(40, null, TODAY, 0, NOW);
        assertThatThrownBy(() -> n.joinActor(3, null, TODAY, 0, NOW)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("actorCode");
        assertThatThrownBy(() -> n.joinPerson(40, null, TODAY, 0, NOW)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("personId");
        assertThatThrownBy(() -> n.joinActor(4, null, TODAY, 2, NOW)).isInstanceOf(ConflictException.class);
        assertThat(n.members()).hasSize(2);
    }

    @Test
    void aNetworkMeetingWasHeldWithItsActorsAndAgreements() {
        assertThatThrownBy(() -> new NetworkMeeting.Minutes(TODAY, "Salón", " ", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("agreements");
        NetworkMeeting.Minutes m = new NetworkMeeting.Minutes(TODAY, " Salón comunal ", "Visitas conjuntas", " ");
        assertThatThrownBy(() -> NetworkMeeting.held(7, 1, m, List.of(), TODAY, "Equipo", NOW))
                .isInstanceOf(ValidationException.class).hasMessageContaining("attendees");
        assertThatThrownBy(() -> NetworkMeeting.held(7, 1, new NetworkMeeting.Minutes(TODAY.plusDays(1), "Salón",
                "Acuerdo", null), List.of(3L), TODAY, "Equipo", NOW)).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("heldOn");
        NetworkMeeting held = NetworkMeeting.held(7, 1, m, List.of(3L, 4L, 3L), TODAY, "Equipo", NOW);
        assertThat(held.attendees()).extracting(NetworkMeeting.Attendee::actorId).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void aLeadershipHasAPastTrajectoryAndStepsDownOnce() {
        Leadership.Draft d = new Leadership.Draft(1, 40, 11, "/1/3/11/", null, "Juventudes", TODAY.plusDays(1),
                true);
        assertThatThrownBy(() -> Leadership.recognise(d, TODAY, NOW)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("since");
        Leadership l = Leadership.recognise(new Leadership.Draft(1, 40, 11, "/1/3/11/", null, "Juventudes",
                TODAY.minusYears(1), true), TODAY, NOW);
        assertThatThrownBy(() -> l.addStep(new Leadership.Step(LeadershipStepKind.TRAINING, "Escuela",
                TODAY.plusDays(1)), TODAY, 0, NOW)).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("onDate");
        l.addStep(new Leadership.Step(LeadershipStepKind.TRAINING, " Escuela ", TODAY), TODAY, 0, NOW);
        assertThat(l.steps()).extracting(Leadership.Step::name).containsExactly("Escuela");
        l.retire(0, NOW);
        assertThat(l.active()).isFalse();
        assertThatThrownBy(() -> l.retire(0, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anIndicatorIsMeasuredBetweenItsBaselineAndTodayOncePerDay() {
        assertThatThrownBy(() -> new ExerciseIndicator.Draft(1, "Brecha", "%", false, BigDecimal.TEN, TODAY,
                BigDecimal.valueOf(20), TODAY.plusMonths(1))).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("menos es mejor");
        ExerciseIndicator i = ExerciseIndicator.define(new ExerciseIndicator.Draft(1, "Brecha", "%", false,
                BigDecimal.valueOf(40), TODAY.minusMonths(1), BigDecimal.valueOf(20), TODAY.plusMonths(2)));
        assertThatThrownBy(() -> i.measure(TODAY.plusDays(1), BigDecimal.ONE, null, TODAY, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("takenOn");
        i.measure(TODAY, BigDecimal.valueOf(35), null, TODAY, 0);
        assertThat(i.progress()).isEqualByComparingTo("0.25");
        assertThatThrownBy(() -> i.measure(TODAY, BigDecimal.ONE, null, TODAY, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Ya hay una medición");
    }
}
