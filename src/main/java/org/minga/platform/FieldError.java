package org.minga.platform;

import java.util.Objects;

/** One problem with one field of an input, in Spanish. */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
