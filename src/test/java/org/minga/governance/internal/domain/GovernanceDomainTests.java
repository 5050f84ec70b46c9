package org.minga.governance.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.governance.BarrierType;
import org.minga.governance.internal.Gov.BarrierKind;
import org.minga.governance.internal.Gov.CommitmentStatus;
import org.minga.governance.internal.Gov.EscalationAction;
import org.minga.governance.internal.Gov.ManagementLevel;
import org.minga.governance.internal.Gov.SessionPeriodicity;
import org.minga.platform.ConflictException;
import org.minga.platform.Identity;
import org.minga.platform.ValidationException;

/** The governance aggregates on their own: their transitions, and the moves they refuse with a message to show. */
class GovernanceDomainTests {

    static final Instant NOW = Instant.parse("2026-03-20T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static Commitment commitment(LocalDate due) {
        return Commitment.create(new Commitment.Draft(1, 2, null, "/1/", " Entregar el informe ", null,
                new Commitment.Responsible(3, null, null, null), null, List.of("HEALTH"), due), TODAY, NOW);
    }

    @Test
    void aCommitmentIsDoneAtFullProgressAndOverduePastTheCutoffAndRefusesAStaleOrImpossibleProgress() {
        Commitment c = commitment(TODAY.plusDays(10));
        assertThat(c.record(CommitmentStatus.IN_PROGRESS, 40, 0, TODAY, TODAY, NOW).to())
                .isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(c.record(CommitmentStatus.DONE, 70, 0, TODAY, TODAY, NOW).progress()).isEqualTo(100);
        assertThat(commitment(TODAY.minusDays(5)).record(null, 10, 0, TODAY, TODAY, NOW).to())
                .isEqualTo(CommitmentStatus.OVERDUE);
        assertThat(commitment(TODAY.minusDays(5)).record(CommitmentStatus.OVERDUE, 10, 0, TODAY.minusDays(9), TODAY,
                NOW).to()).as("no longer past the cut-off").isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThatThrownBy(() -> c.record(null, 101, 0, TODAY, TODAY, NOW)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("progress: El avance es un porcentaje entre 0 y 100.");
        assertThatThrownBy(() -> c.record(null, 50, 3, TODAY, TODAY, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Otra persona actualizó el compromiso");
        assertThatThrownBy(() -> commitment(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("dueDate");
    }

    @Test
    void aSessionTakesPlaceWithItsMinutesClosesWhenApprovedAndThenRefusesEveryChange() {
        Session s = Session.schedule(1, 2, 1, new Session.Schedule(NOW, null, "Sede", null, "2. Varios"), NOW);
        assertThatThrownBy(() -> s.approve("Ana", 0, List.of(), NOW)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("minutes: El acta está vacía");
        s.writeMinutes("Se revisaron los compromisos.", null, 0, NOW);
        s.approve("Ana", 0, List.of(), NOW);
        assertThatThrownBy(() -> s.writeMinutes("Otra cosa", null, 0, NOW)).isInstanceOf(Session.Closed.class);
        assertThatThrownBy(s::requireOpen).isInstanceOf(Session.Closed.class);
        assertThat(Session.agenda("2. Varios")).startsWith(Session.REVIEW_ITEM);
        assertThatThrownBy(() -> new Session.Schedule(NOW, 5, null, "ftp://x", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("durationMin")
                .hasMessageContaining("link: El enlace debe empezar por http:// o https://.");
    }

    static Barrier barrier() {
        return Barrier.raise(new Barrier.Draft(1, BarrierKind.BARRIER, BarrierType.ACCESS, "Sin vacunación", "Puntos",
                5, "/1/5/", 10, null, null), NOW);
    }

    @Test
    void aBarrierGoesUpAndBackAsStepsOfItsTrailAndStopsOnceResolved() {
        Barrier b = barrier();
        assertThat(b.raised().action()).isEqualTo(EscalationAction.RAISED);
        assertThatThrownBy(() -> b.escalate(null, "Mesa Local", "Se pide apoyo", 0, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Mesa Local no tiene instancia superior");
        assertThatThrownBy(() -> b.returnTo(10, "Orientación", 0, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no hay a quién devolverla");
        Barrier.Escalation up = b.escalate(20L, "Mesa Local", "Se pide apoyo", 0, NOW);
        assertThat(up.fromBodyId()).isEqualTo(10L);
        assertThat(up.toBodyId()).isEqualTo(20L);
        assertThatThrownBy(() -> b.resolve(" ", 0, NOW)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("note: Escriba la decisión tomada.");
        Barrier.Escalation decided = b.resolve("Se atiende sin afiliación", 0, NOW);
        assertThat(decided.toBodyId()).as("the decision goes back to the body that raised it").isEqualTo(10L);
        assertThatThrownBy(() -> b.escalate(30L, "Zona", "Otra vez", 0, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("La barrera ya fue resuelta: Se atiende sin afiliación");
    }

    @Test
    void aBodyHangsOnlyFromABodyOfItsLevelOrHigherWhoseTerritoryContainsItsOwn() {
        Body.Place suba = new Body.Place(11, "/1/3/11/", "Suba");
        assertThatThrownBy(() -> new Body.Draft(1, "MESA", "Mesa", LOCAL, ManagementLevel.MESO,
                suba, new Body.Parent(2, ManagementLevel.MICRO, "/1/3/", "Zona Norte"), null, null,
                SessionPeriodicity.MONTHLY,
                51, null)).isInstanceOf(ValidationException.class).hasMessageContaining("parentCode");
        assertThatThrownBy(() -> new Body.Draft(1, "MESA", "Mesa", LOCAL, ManagementLevel.MICRO,
                suba, new Body.Parent(2, ManagementLevel.MESO, "/1/4/", "Zona Sur"), null, null,
                SessionPeriodicity.MONTHLY,
                51, null)).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("El territorio de la instancia superior (Zona Sur) no contiene a Suba.");
        Body b = Body.create(new Body.Draft(1, " MESA ", "Mesa", LOCAL, ManagementLevel.MICRO, suba,
                new Body.Parent(2, ManagementLevel.MESO, "/1/3/", "Zona Norte"), null, null, SessionPeriodicity.MONTHLY,
                51,
                null), NOW);
        assertThat(b.territoryPath()).isEqualTo("/1/3/11/");
        assertThatThrownBy(() -> b.revise(null, 2, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Otra persona cambió la instancia");
    }

    static final Body.Kind LOCAL = new Body.Kind("LOCAL_APS_TABLE", "Mesa Local APS", false);
    static final Body.Kind UNIT = new Body.Kind("SUPPORT_TECHNICAL_UNIT", "Unidad Técnica de Apoyo", true);

    @Test
    void aTierSharesItsMainBodysLevelTerritoryAndParentAndATierHasNoTiers() {
        Body.Place bogota = new Body.Place(1, "/1/", "Bogotá");
        Body.Parent comision = new Body.Parent(1, ManagementLevel.MACRO, "/1/", "Bogotá");
        Body.Tier mas = new Body.Tier(5, "Mesa MAS Bienestar", ManagementLevel.MACRO, 1, 1L, false);
        Body.Kind tech = new Body.Kind("TECHNICAL_TABLE", "Mesa técnica", false);
        Body tier = Body.create(new Body.Draft(1, "MAS-TEC", "Mesa técnica", tech, ManagementLevel.MACRO, bogota,
                comision, mas, null, SessionPeriodicity.MONTHLY, 51, null), NOW);
        assertThat(tier.active()).isTrue();
        assertThatThrownBy(() -> new Body.Draft(1, "MAS-TEC", "Mesa técnica", tech, ManagementLevel.MESO, bogota,
                comision, mas, null, SessionPeriodicity.MONTHLY, 51, null)).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("tierOfCode: Un nivel de Mesa MAS Bienestar tiene su mismo nivel");
        assertThatThrownBy(() -> new Body.Draft(1, "MAS-TEC", "Mesa técnica", tech, ManagementLevel.MACRO, bogota,
                null, mas, null, SessionPeriodicity.MONTHLY, 51, null)).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("parentCode: Un nivel escala a la misma instancia superior");
        Body.Tier ofATier = new Body.Tier(6, "Mesa técnica", ManagementLevel.MACRO, 1, 1L, true);
        assertThatThrownBy(() -> new Body.Draft(1, "X", "X", tech, ManagementLevel.MACRO, bogota, comision, ofATier,
                null, SessionPeriodicity.MONTHLY, 51, null)).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("ya es un nivel de otra instancia");
    }

    @Test
    void aTemporaryUnitHasAnEndDateAndAPurposeAndClosesOnItsDateNotBefore() {
        Body.Place suba = new Body.Place(11, "/1/3/11/", "Suba");
        assertThatThrownBy(() -> new Body.Draft(1, "UTA", "Unidad", UNIT, ManagementLevel.MICRO, suba, null, null,
                null, SessionPeriodicity.WEEKLY, 51, null)).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("endsOn: Una Unidad Técnica de Apoyo es una unidad temporal");
        assertThatThrownBy(() -> new Body.Draft(1, "UTA", "Unidad", UNIT, ManagementLevel.MICRO, suba, null, null,
                new Body.Term(TODAY.plusDays(30), null, " "), SessionPeriodicity.WEEKLY, 51, null))
                        .isInstanceOf(ValidationException.class).hasMessageContaining("purpose:");
        assertThatThrownBy(() -> new Body.Draft(1, "MESA", "Mesa", LOCAL, ManagementLevel.MICRO, suba, null, null,
                new Body.Term(TODAY.plusDays(30), null, "Niñez"), SessionPeriodicity.WEEKLY, 51, null))
                        .isInstanceOf(ValidationException.class)
                        .hasMessageContaining("endsOn: Solo las unidades temporales");
        Body unit = Body.create(new Body.Draft(1, "UTA", "Unidad", UNIT, ManagementLevel.MICRO, suba, null, null,
                new Body.Term(TODAY.plusDays(30), 7L, null), SessionPeriodicity.WEEKLY, 51, null), NOW);
        assertThatThrownBy(() -> unit.closeOnEnd(TODAY.plusDays(29), NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no antes");
        unit.closeOnEnd(TODAY.plusDays(30), NOW);
        assertThat(unit.active()).isFalse();
        assertThatThrownBy(() -> unit.closeOnEnd(TODAY.plusDays(31), NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("ya está cerrada");
        Body mesa = Body.create(new Body.Draft(1, "MESA", "Mesa", LOCAL, ManagementLevel.MICRO, suba, null, null, null,
                SessionPeriodicity.MONTHLY, 51, null), NOW);
        assertThatThrownBy(() -> mesa.closeOnEnd(TODAY, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no es una unidad temporal");
    }

    @Test
    void anExerciseRunsFromItsStartIsEvaluatedOnceReadAndEndsAfterItStarts() {
        DemonstrationExercise.Draft draft = new DemonstrationExercise.Draft(1, null, "EJD", "Ejercicio", "Objetivo", 5,
                "/1/5/", List.of(), TODAY.minusDays(1), TODAY.plusMonths(2));
        DemonstrationExercise e = DemonstrationExercise.start(draft, TODAY);
        assertThatThrownBy(() -> e.evaluate("Bien", 4)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> e.evaluate(" ", 0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("evaluation");
        assertThatThrownBy(() -> new DemonstrationExercise.Draft(1, null, "EJD", "E", "O", 5, "/1/5/", List.of(),
                TODAY, TODAY.minusDays(1))).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("endDate: La fecha de fin es anterior a la de inicio.");
        assertThatThrownBy(() -> new Identity<Commitment>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
