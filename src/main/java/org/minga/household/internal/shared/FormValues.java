package org.minga.household.internal.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.minga.platform.FieldError;

/** Values typed in the household pages' forms, read with a message naming the field when they do not parse. */
public final class FormValues {

    private FormValues() {
    }

    public static LocalDate date(String raw, String field, String label, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, label + ": '" + raw + "' no es una fecha (AAAA-MM-DD)."));
            return null;
        }
    }

    public static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
