package org.minga.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Input to create a jurisdiction. */
public record NewJurisdiction(
        @NotBlank(message = "El código es obligatorio.") @Pattern(regexp = "\\d{5}", message = "El código debe tener 5 dígitos (DIVIPOLA o código comunal).") String code,
        @NotBlank(message = "El nombre es obligatorio.") @Size(max = 200, message = "Máximo 200 caracteres.") String name,
        @NotBlank(message = "El país es obligatorio.") @Pattern(regexp = "CO|CL", message = "El país debe ser CO (Colombia) o CL (Chile).") String country,
        @NotBlank(message = "La zona horaria es obligatoria.") String timeZone) {
}
