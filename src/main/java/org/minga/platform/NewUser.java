package org.minga.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Input to create a user account. */
public record NewUser(
        @NotBlank(message = "El usuario es obligatorio.") @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}", message = "Use de 3 a 60 letras, números, punto, guion o guion bajo.") String username,
        @NotBlank(message = "La contraseña es obligatoria.") @Size(max = 200, message = "La contraseña puede tener como máximo 200 caracteres.") String password,
        @NotBlank(message = "El nombre es obligatorio.") @Size(max = 200, message = "Máximo 200 caracteres.") String fullName,
        @Email(message = "El correo no es válido.") String email,
        @NotNull(message = "El rol es obligatorio.") Role role,
        Long jurisdictionId,
        Long territoryId) {
}
