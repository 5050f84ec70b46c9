package org.minga.actor.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Input to register or change an alliance: two or more actors (by code), each with what it contributes. */
public record AllianceForm(
        String jurisdiction,
        @NotBlank(message = "El código es obligatorio.") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,59}", message = "El código admite hasta 60 letras sin tildes, números, punto, guion y guion bajo.") String code,
        @NotBlank(message = "El nombre es obligatorio.") @Size(max = 300, message = "El nombre admite máximo 300 caracteres.") String name,
        @NotBlank(message = "El propósito de la alianza es obligatorio.") @Size(max = 4000, message = "El propósito admite máximo 4000 caracteres.") String purpose,
        String scope,
        String territory,
        @NotNull(message = "La fecha de inicio es obligatoria.") LocalDate startDate,
        LocalDate endDate,
        String status,
        List<Member> members,
        Integer version) {

    public AllianceForm {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** One actor of the alliance and what it contributes ("perifoneo", "refrigerios", recursos, personal...). */
    public record Member(String actor, String contribution) {
    }
}
