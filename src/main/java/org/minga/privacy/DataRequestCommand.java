package org.minga.privacy;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A data-subject request received by an official: kind CONSULTA, CORRECCION or SUPRESION. */
public record DataRequestCommand(@NotNull(message = "Indique la persona titular de los datos.") Long personId,
        @NotNull(message = KIND) @Pattern(regexp = "(?i)\\s*(CONSULTA|CORRECCION|SUPRESION)\\s*", message = KIND) String kind,
        LocalDate receivedOn,
        @NotBlank(message = "Indique quién presenta la solicitud (el titular o su representante).") String requestedBy,
        @NotBlank(message = "Describa lo que pide el titular.") @Size(max = 2000, message = "La descripción admite 2.000 caracteres.") String details) {

    static final String KIND = "Indique el tipo de solicitud: CONSULTA, CORRECCION o SUPRESION.";
}
