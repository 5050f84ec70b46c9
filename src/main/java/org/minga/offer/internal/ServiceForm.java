package org.minga.offer.internal;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Input to register or change a service. {@code provider} is the providing actor's code; catalogue values
 * (sector, needs, sex, population groups, channels) take codes or Spanish names; {@code sisbenGroups} takes
 * groups ("A3"), letters ("A") or ranges ("A1-B7"); {@code territories} are territory codes (empty: the
 * whole jurisdiction).
 */
public record ServiceForm(
        String jurisdiction,
        @NotBlank(message = "El código es obligatorio.") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,59}", message = "El código admite hasta 60 letras sin tildes, números, punto, guion y guion bajo.") String code,
        String provider,
        @NotBlank(message = "El nombre es obligatorio.") @Size(max = 300, message = "El nombre admite máximo 300 caracteres.") String name,
        @NotBlank(message = "La descripción en lenguaje claro es obligatoria.") @Size(max = 4000, message = "La descripción admite máximo 4000 caracteres.") String description,
        String sector,
        List<String> needs,
        @Size(max = 300, message = "Los grupos de valor admiten máximo 300 caracteres.") String valueGroups,
        @Min(value = 0, message = "La edad mínima debe estar entre 0 y 120 años.") @Max(value = 120, message = "La edad mínima debe estar entre 0 y 120 años.") Integer minAge,
        @Min(value = 0, message = "La edad máxima debe estar entre 0 y 120 años.") @Max(value = 120, message = "La edad máxima debe estar entre 0 y 120 años.") Integer maxAge,
        String sex,
        List<String> populationGroups,
        List<String> sisbenGroups,
        List<String> territories,
        @Size(max = 2000, message = "Las condiciones adicionales admiten máximo 2000 caracteres.") String eligibilityNotes,
        @Size(max = 2000, message = "Los documentos requeridos admiten máximo 2000 caracteres.") String requiredDocuments,
        @Size(max = 300, message = "El costo admite máximo 300 caracteres.") String cost,
        List<String> channels,
        @Size(max = 2000, message = "El procedimiento admite máximo 2000 caracteres.") String howToApply,
        @Size(max = 1000, message = "El fundamento legal admite máximo 1000 caracteres.") String legalBasis,
        @Size(max = 300, message = "La página web admite máximo 300 caracteres.") @org.minga.platform.WebAddress String url,
        @Email(message = "El correo no es válido.") @Size(max = 200, message = "El correo admite máximo 200 caracteres.") String email,
        @Size(max = 60, message = "El teléfono admite máximo 60 caracteres.") String phone,
        String status,
        @Valid List<LocationForm> locations,
        Integer version) {

    public ServiceForm {
        needs = needs == null ? List.of() : List.copyOf(needs);
        populationGroups = populationGroups == null ? List.of() : List.copyOf(populationGroups);
        sisbenGroups = sisbenGroups == null ? List.of() : List.copyOf(sisbenGroups);
        territories = territories == null ? List.of() : List.copyOf(territories);
        channels = channels == null ? List.of() : List.copyOf(channels);
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    /** A place where the service is given, with its schedule in words and, when known, its hours and days. */
    public record LocationForm(
            @NotBlank(message = "El nombre del punto de atención es obligatorio.") @Size(max = 300, message = "Máximo 300 caracteres.") String name,
            @Size(max = 300, message = "La dirección admite máximo 300 caracteres.") String address,
            String territory,
            Double latitude,
            Double longitude,
            @Size(max = 500, message = "El horario admite máximo 500 caracteres.") String schedule,
            LocalTime opensAt,
            LocalTime closesAt,
            List<String> weekdays) {

        public LocationForm {
            weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
        }
    }

    ServiceForm withVersion(Integer v) {
        return new ServiceForm(jurisdiction, code, provider, name, description, sector, needs, valueGroups, minAge,
                maxAge,
                sex, populationGroups, sisbenGroups, territories, eligibilityNotes, requiredDocuments, cost, channels,
                howToApply, legalBasis, url, email, phone, status, locations, v);
    }
}
