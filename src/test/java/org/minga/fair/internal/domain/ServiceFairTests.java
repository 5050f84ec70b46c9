package org.minga.fair.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.platform.ConflictException;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/** The fair's own rules, without a database: what a planner or a stand would be refused. */
class ServiceFairTests {

    static final FairPlace LAGUNA = new FairPlace(9, "/1/9/", "La Laguna");
    static final List<Stand> STANDS = List.of(new Stand(1, "Colombia Mayor", 10, "Bienestar Social"),
            new Stand(2, "Vacunación", 20, "Salud"));

    static ServiceFair.Plan plan(LocalTime opens, LocalTime closes) {
        return new ServiceFair.Plan("BCB-01", "Barrios con Bienestar", null, LAGUNA, LocalDate.of(2026, 5, 22), opens,
                closes, "Salón comunal", null);
    }

    @Test
    void aFairClosesAfterItOpens() {
        assertThatThrownBy(() -> plan(LocalTime.of(13, 0), LocalTime.of(7, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("endsAt"));
    }

    @Test
    void aCancelledFairAttendsNobody() {
        ServiceFair fair = ServiceFair.schedule(1, plan(LocalTime.of(7, 0), LocalTime.of(13, 0)),
                FairStatus.CANCELADA, "ana", Instant.now());
        assertThatThrownBy(() -> fair.attend(10, List.of(1L), null, STANDS))
                .isInstanceOf(ConflictException.class).hasMessageContaining("está cancelada");
    }

    @Test
    void aStandRecordsOnlyItsOwnServicesAndASatisfactionFromOneToFive() {
        ServiceFair fair = ServiceFair.schedule(1, plan(LocalTime.of(7, 0), LocalTime.of(13, 0)), null, "ana",
                Instant.now());
        assertThat(fair.status()).isEqualTo(FairStatus.PLANEADA);
        assertThatThrownBy(() -> fair.attend(10, List.of(1L, 2L, 99L), 6, STANDS))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::message).containsExactly(
                                "El servicio Vacunación lo presta otra entidad de la jornada.",
                                "El servicio 99 no se presta en esta jornada.",
                                "La satisfacción va de 1 (nada satisfecho) a 5 (muy satisfecho)."));
        FairAttendance ok = fair.attend(10, List.of(1L, 1L), 5, STANDS);
        assertThat(ok.serviceNames(STANDS)).containsExactly("Colombia Mayor");
    }
}
