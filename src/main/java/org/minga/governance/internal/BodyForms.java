package org.minga.governance.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;

/** What people send about bodies, with its shape checked by Bean Validation (messages in Spanish). */
final class BodyForms {

    private BodyForms() {
    }

    public record BodyForm(String jurisdiction,
            @NotBlank(message = "El código es obligatorio.") @Size(max = 40, message = "El código admite hasta 40 caracteres.") String code,
            String name, String type, String level,
            @NotBlank(message = "Indique el código del territorio de la instancia.") String territoryCode,
            String parentCode, String periodicity,
            @Min(value = 1, message = "El quórum es un porcentaje entre 1 y 100.") @Max(value = 100, message = "El quórum es un porcentaje entre 1 y 100.") Integer quorumPercent,
            String description, String template, String templateActorCode, Integer version,
            @Size(max = 40, message = "El código de la instancia principal admite hasta 40 caracteres.") String tierOfCode,
            LocalDate endsOn, String exerciseCode,
            @Size(max = 500, message = "La prioridad admite hasta 500 caracteres.") String purpose) {
    }

    public record MemberForm(
            @NotBlank(message = "Indique el código del actor (entidad u organización) del integrante.") String actorCode,
            String personName,
            @NotBlank(message = "Indique el cargo del integrante.") String position,
            String email,
            String username, String role) {
    }

    public record CalendarForm(@NotNull(message = "Indique la fecha de la primera sesión.") LocalDate from,
            @NotNull(message = "Indique hasta qué fecha generar el calendario.") LocalDate until, LocalTime time,
            String place) {
    }
}
