package org.minga.actor.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A contact person of an actor, with the authorization to treat their data (Ley 1581 de 2012): who gave
 * it, when, for what purpose and how. Without it nothing is stored. {@code acceptsEmail}: the person accepts
 * invitations by e-mail (campaigns), explicitly, from the day of the authorization.
 */
public record ContactForm(
        @NotBlank(message = "El nombre de la persona de contacto es obligatorio.") @Size(max = 200, message = "El nombre admite máximo 200 caracteres.") String fullName,
        @Size(max = 200, message = "El cargo admite máximo 200 caracteres.") String position,
        @Email(message = "El correo no es válido.") @Size(max = 200, message = "El correo admite máximo 200 caracteres.") String email,
        @Size(max = 60, message = "El teléfono admite máximo 60 caracteres.") String phone,
        @NotBlank(message = "Indique quién autorizó el tratamiento de sus datos (Ley 1581 de 2012).") @Size(max = 200, message = "Máximo 200 caracteres.") String authorizedBy,
        @NotNull(message = "Indique la fecha de la autorización de tratamiento de datos.") @PastOrPresent(message = "La fecha de la autorización no puede ser futura.") LocalDate authorizedAt,
        @NotBlank(message = "Indique la finalidad autorizada para el tratamiento de los datos.") @Size(max = 1000, message = "Máximo 1000 caracteres.") String authorizationPurpose,
        @NotBlank(message = "Indique el medio de la autorización (formato firmado, correo, llamada grabada...).") @Size(max = 100, message = "Máximo 100 caracteres.") String authorizationChannel,
        Boolean acceptsEmail) {

    /** The form without the e-mail channel's acceptance (not accepted). */
    public ContactForm(String fullName, String position, String email, String phone, String authorizedBy,
            LocalDate authorizedAt, String authorizationPurpose, String authorizationChannel) {
        this(fullName, position, email, phone, authorizedBy, authorizedAt, authorizationPurpose, authorizationChannel,
                null);
    }
}
