package org.minga.household.internal.characterization;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;

/**
 * A characterisation instrument (instrumento de caracterización) of a jurisdiction: its code, name, whether it is
 * about the household or a person, and a definition published in numbered versions. Publishing adds a version;
 * answers given on earlier versions keep reading against theirs. Stored by {@link InstrumentRepository}. Made by
 * {@link #design}, which checks the command; the record holds what it accepted.
 */
record Instrument(long jurisdictionId, String code, String name, String subject, InstrumentDefinition definition) {

    /** A new instrument with its first version; every problem of the command is reported at once. */
    static Instrument design(long jurisdictionId, String code, String name, String subject,
            InstrumentDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Za-z0-9_-]{1,40}")) {
            errors.add(new FieldError("code",
                    "El código del instrumento es obligatorio (letras, dígitos, guion; máximo 40)."));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add(new FieldError("name", "El nombre del instrumento es obligatorio (máximo 200 caracteres)."));
        }
        if (!"HOUSEHOLD".equals(subject) && !"PERSON".equals(subject)) {
            errors.add(new FieldError("subject",
                    "Indique si el instrumento caracteriza al hogar (HOUSEHOLD) o a una persona (PERSON)."));
        }
        errors.addAll(definition == null ? List.of(new FieldError("definition", "Falta la definición del instrumento."))
                : definition.problems());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Instrument(jurisdictionId, code.strip(), name.strip(), subject, definition);
    }

    /** The definition of a next version, refused when it has problems. */
    static InstrumentDefinition nextVersion(InstrumentDefinition definition) {
        List<FieldError> errors = definition == null ? List.of(new FieldError("definition", "Falta la definición."))
                : definition.problems();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return definition;
    }
}
