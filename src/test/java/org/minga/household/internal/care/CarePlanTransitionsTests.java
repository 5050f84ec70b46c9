package org.minga.household.internal.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.household.internal.shared.StateTransitionRefused;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;

/** A family care plan as the team follows it: actions agreed, changed with the version seen, visits, closing. */
class CarePlanTransitionsTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static CarePlanAction.Agreement agreement(String need) {
        return new CarePlanAction.Agreement(need, "Inscripción en comedor comunitario", Responsible.ENTIDAD,
                "Secretaría de Integración Social", DAY, DAY.plusDays(30), null);
    }

    private static CarePlan plan() {
        return CarePlan.open(1, 2, "/1/2/", DAY, List.of(agreement("Inseguridad alimentaria")), "campo.suba");
    }

    @Test
    void aPlanOpensWithItsAgreedActionsPending() {
        CarePlan p = plan();
        assertThat(p.status()).isEqualTo(CarePlan.Status.ACTIVO);
        assertThat(p.actions()).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ActionStatus.PENDIENTE));
    }

    @Test
    void aSettingsPlanHasTheSettingAsItsOnlySubjectAndIsFollowedTheSameWay() {
        CarePlan p = CarePlan.openForSetting(1, 9, "/1/2/", DAY, List.of(new CarePlanAction.Agreement("Tanques",
                "Lavado de tanques", CareActionCategory.AGUA_SANEAMIENTO, Responsible.ENTIDAD, "SED", DAY,
                DAY.plusDays(10), null), agreement("Salud mental")), "campo.suba");
        assertThat(p.settingId()).isEqualTo(9L);
        assertThat(p.householdId()).isNull();
        assertThat(p.actions()).extracting(CarePlanAction::category)
                .containsExactlyInAnyOrder(CareActionCategory.AGUA_SANEAMIENTO, CareActionCategory.GENERAL);
        assertThat(CareActionCategory.AGUA_SANEAMIENTO.environmental()).isTrue();
        assertThat(CareActionCategory.GENERAL.environmental()).isFalse();
        assertThat(p.status()).isEqualTo(CarePlan.Status.ACTIVO);
    }

    @Test
    void aPlanWithoutActionsIsRefused() {
        assertThatThrownBy(() -> CarePlan.open(1, 2, "/1/", DAY, List.of(), "campo.suba"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("al menos una necesidad");
    }

    @Test
    void anActionDueBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new CarePlanAction.Agreement("Empleo", "Ruta de empleo", Responsible.EQUIPO, "Equipo",
                DAY, DAY.minusDays(1), null)).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("no puede ser anterior a la de inicio");
    }

    @Test
    void aClosedPlanTakesNoActionNoStatusChangeNoVisitAndIsNotClosedTwice() {
        CarePlan p = new CarePlan(1, 2L, null, "/1/", CarePlan.Status.ACTIVO, DAY, null, "campo.suba",
                java.util.Set.of(new CarePlanAction(9L, "Empleo", "Ruta de empleo", CareActionCategory.GENERAL,
                        Responsible.EQUIPO, "Equipo", DAY,
                        DAY.plusDays(5), ActionStatus.PENDIENTE, 0)),
                java.util.Set.of());
        p.close(0, DAY.plusDays(10));
        assertThat(p.status()).isEqualTo(CarePlan.Status.CERRADO);
        assertThatThrownBy(() -> p.agree(agreement("Salud"))).isInstanceOf(StateTransitionRefused.class)
                .hasMessage("El plan de cuidado está cerrado.");
        assertThatThrownBy(() -> p.moveAction(9L, ActionStatus.CUMPLIDA, 0)).isInstanceOf(StateTransitionRefused.class);
        assertThatThrownBy(() -> p.visit(DAY, "Visita", null, "campo.suba", DAY.plusDays(10)))
                .isInstanceOf(StateTransitionRefused.class);
        assertThatThrownBy(() -> p.close(3, DAY.plusDays(11))).isInstanceOf(StateTransitionRefused.class);
    }

    @Test
    void anActionChangedOnAStaleVersionIsAConflict() {
        CarePlan p = new CarePlan(1, 2L, null, "/1/", CarePlan.Status.ACTIVO, DAY, null, "campo.suba",
                java.util.Set.of(new CarePlanAction(9L, "Empleo", "Ruta de empleo", CareActionCategory.GENERAL,
                        Responsible.EQUIPO, "Equipo", DAY,
                        DAY.plusDays(5), ActionStatus.PENDIENTE, 0)),
                java.util.Set.of());
        p.moveAction(9L, ActionStatus.CUMPLIDA, 0);
        assertThat(p.actions()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ActionStatus.CUMPLIDA);
            assertThat(a.version()).isEqualTo(1);
        });
        assertThatThrownBy(() -> p.moveAction(9L, ActionStatus.EN_CURSO, 0)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("alguien la modificó");
        assertThatThrownBy(() -> p.moveAction(99L, ActionStatus.EN_CURSO, 1)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aVisitIsNotInTheFutureAndItsNextVisitComesAfterIt() {
        CarePlan p = plan();
        assertThatThrownBy(() -> p.visit(DAY.plusDays(1), "Visita", null, "campo.suba", DAY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("hoy o antes");
        assertThatThrownBy(() -> p.visit(DAY, "Visita", DAY, "campo.suba", DAY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("posterior a esta");
        assertThat(p.visit(DAY, "Visita", DAY.plusDays(14), "campo.suba", DAY).nextVisitOn())
                .isEqualTo(DAY.plusDays(14));
        assertThat(p.visitCount()).isEqualTo(1);
    }
}
