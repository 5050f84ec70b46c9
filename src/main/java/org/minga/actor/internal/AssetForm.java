package org.minga.actor.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Input for a social asset. With latitude and longitude the territory is found from the shapes; without
 * them {@code territory} (a code) says where it is.
 */
public record AssetForm(
        String jurisdiction,
        @NotBlank(message = "El código es obligatorio.") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,59}", message = "El código admite hasta 60 letras sin tildes, números, punto, guion y guion bajo.") String code,
        @NotBlank(message = "El nombre es obligatorio.") @Size(max = 300, message = "El nombre admite máximo 300 caracteres.") String name,
        String kind,
        String nature,
        @Size(max = 4000, message = "La descripción admite máximo 4000 caracteres.") String description,
        String actor,
        String territory,
        @Size(max = 300, message = "La dirección admite máximo 300 caracteres.") String address,
        @DecimalMin(value = "-90", message = "La latitud debe estar entre -90 y 90.") @DecimalMax(value = "90", message = "La latitud debe estar entre -90 y 90.") Double latitude,
        @DecimalMin(value = "-180", message = "La longitud debe estar entre -180 y 180.") @DecimalMax(value = "180", message = "La longitud debe estar entre -180 y 180.") Double longitude,
        String status,
        Integer version) {
}
