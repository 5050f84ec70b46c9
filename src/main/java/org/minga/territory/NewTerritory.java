package org.minga.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Input to create a territory. {@code parentId} is null only for the root level. */
public record NewTerritory(
        @NotNull(message = "La jurisdicción es obligatoria.") Long jurisdictionId,
        @NotBlank(message = "El nivel es obligatorio.") String levelCode,
        Long parentId,
        @NotBlank(message = "El código es obligatorio.") @Size(max = 40, message = "Máximo 40 caracteres.") String code,
        @NotBlank(message = "El nombre es obligatorio.") @Size(max = 200, message = "Máximo 200 caracteres.") String name,
        @NotNull(message = "Indique si es urbano, rural o mixto.") AreaType areaType,
        @PositiveOrZero(message = "La población no puede ser negativa.") Integer population) {
}
