package org.minga.territory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Input to change a territory. {@code version} is the version the user saw: if someone changed the territory
 * since, the change is refused instead of overwriting theirs.
 */
public record TerritoryChange(
        @NotBlank(message = "El nombre es obligatorio.") @Size(max = 200, message = "Máximo 200 caracteres.") String name,
        Long parentId,
        @NotNull(message = "Indique si es urbano, rural o mixto.") AreaType areaType,
        @PositiveOrZero(message = "La población no puede ser negativa.") Integer population,
        @NotNull(message = "Falta la versión del registro.") Integer version) {
}
