package org.minga.actor.internal;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Input to register or change an actor. {@code parent} and {@code territories} are codes (the parent
 * actor's code; territory codes such as "C09" or "11"); {@code sectors} and {@code type} take codes or
 * Spanish names.
 */
public record ActorForm(
        String jurisdiction,
        @NotBlank(message = "El código es obligatorio.") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,59}", message = "El código admite hasta 60 letras sin tildes, números, punto, guion y guion bajo.") String code,
        @NotBlank(message = "El nombre es obligatorio.") @Size(max = 300, message = "El nombre admite máximo 300 caracteres.") String name,
        @Size(max = 60, message = "La sigla admite máximo 60 caracteres.") String acronym,
        String type,
        String parent,
        List<String> sectors,
        List<String> territories,
        @Size(max = 4000, message = "La descripción admite máximo 4000 caracteres.") String description,
        @Size(max = 300, message = "La página web admite máximo 300 caracteres.") @org.minga.platform.WebAddress String website,
        @Email(message = "El correo no es válido.") @Size(max = 200, message = "El correo admite máximo 200 caracteres.") String email,
        @Size(max = 60, message = "El teléfono admite máximo 60 caracteres.") String phone,
        String status,
        Integer version) {

    public ActorForm {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        territories = territories == null ? List.of() : List.copyOf(territories);
    }

    static ActorForm empty(String jurisdiction) {
        return new ActorForm(jurisdiction, "", "", null, null, null, List.of(), List.of(), null, null, null, null,
                "ACTIVE", null);
    }
}
