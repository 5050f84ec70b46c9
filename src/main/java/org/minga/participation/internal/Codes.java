package org.minga.participation.internal;

import java.util.Arrays;
import java.util.List;

import org.minga.platform.FieldError;
import org.minga.platform.Labels;
import org.minga.platform.ValidationException;

/** Reading participation's closed vocabularies (codes or words, see {@link Labels#parse}) and blank text. */
final class Codes {

    private Codes() {
    }

    /** The constant written, or null with {@code message} for {@code field} among the errors (blank is an error). */
    static <E extends Enum<E>> E parse(Labels labels, Class<E> type, String text, List<FieldError> errors,
            String field, String message) {
        E e = labels.parse(type, text).orElse(null);
        if (e == null) {
            errors.add(new FieldError(field, message));
        }
        return e;
    }

    /** A list filter's constant: null when blank, refused when unknown ("<what> '<text>' no existe: use ..."). */
    static <E extends Enum<E>> E filter(Labels labels, Class<E> type, String text, String field, String what) {
        if (blankToNull(text) == null) {
            return null;
        }
        return labels.parse(type, text).orElseThrow(() -> new ValidationException(field,
                what + " '" + text + "' no existe: use " + allowed(type) + "."));
    }

    /** Refuses the request with every error found, if any. */
    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
