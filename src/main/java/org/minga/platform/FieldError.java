package org.minga.platform;

import java.util.Objects;

/** One problem with one field of an input, in Spanish (serializable: a redirect carries it in the session). */
public record FieldError(String field, String message) implements java.io.Serializable {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
