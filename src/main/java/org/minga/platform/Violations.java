package org.minga.platform;

import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;

/** Bean Validation results as the field errors every module reports. */
public final class Violations {

    private Violations() {
    }

    /** One {@link FieldError} per constraint the object breaks, in a list the caller may add to. */
    public static <T> List<FieldError> of(Validator validator, T object) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(object)
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        return errors;
    }
}
