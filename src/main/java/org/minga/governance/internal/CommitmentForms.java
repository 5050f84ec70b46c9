package org.minga.governance.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What people send about commitments, with its shape checked by Bean Validation (messages in Spanish). */
final class CommitmentForms {

    private CommitmentForms() {
    }

    public record CommitmentForm(
            @NotNull(message = "Indique la instancia que asume el compromiso.") Long bodyId,
            Long sessionId,
            @NotBlank(message = "Escriba qué se compromete.") @Size(max = 500, message = "El compromiso admite hasta 500 caracteres; use la descripción para el detalle.") String title,
            String description,
            String responsibleActorCode,
            Long responsibleMemberId, String responsiblePerson, String responsibleUsername,
            List<String> coResponsibleActorCodes, String strategicGoal, LocalDate dueDate,
            @Min(value = 1, message = "El plazo en días hábiles va de 1 a 400.") @Max(value = 400, message = "El plazo en días hábiles va de 1 a 400.") Integer dueInBusinessDays) {
    }

    public record ProgressForm(String status,
            @Min(value = 0, message = "El avance es un porcentaje entre 0 y 100.") @Max(value = 100, message = "El avance es un porcentaje entre 0 y 100.") Integer progress,
            String note, Long sessionId,
            @NotNull(message = "Falta la versión del compromiso que se editó.") Integer version) {
    }
}
