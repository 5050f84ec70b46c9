package org.minga.territory.internal.variable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Input to create or change a catalogue variable. {@code jurisdiction} is the jurisdiction's code (11001);
 * {@code version} is the version the editor saw, required to change an existing variable.
 */
public record VariableForm(
        String jurisdiction,
        @NotBlank(message = "El código es obligatorio.") @Size(max = 60, message = "El código admite máximo 60 caracteres.") @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "El código solo admite minúsculas sin tildes, números, guion y guion bajo (ejemplo: pobreza_ipm).") String code,
        @NotBlank(message = "El nombre es obligatorio.") @Size(max = 200, message = "El nombre admite máximo 200 caracteres.") String name,
        @Size(max = 2000, message = "La descripción admite máximo 2000 caracteres.") String description,
        @NotBlank(message = "La unidad es obligatoria (por ejemplo: personas, %, índice).") @Size(max = 60, message = "La unidad admite máximo 60 caracteres.") String unit,
        @Size(max = 300, message = "La fuente admite máximo 300 caracteres.") String source,
        String direction,
        Integer version) {

    public static VariableForm of(SocialVariable v, String jurisdictionCode) {
        return new VariableForm(jurisdictionCode, v.code(), v.name(), v.description(), v.unit(), v.source(),
                v.direction().name(), v.version());
    }

    public static VariableForm empty(String jurisdictionCode) {
        return new VariableForm(jurisdictionCode, "", "", "", "", "", VariableDirection.HIGHER_IS_WORSE.name(), null);
    }
}
