package org.minga.platform;

import java.util.List;

/** What validation found: the rows read, every error, and the plan to load when there are no errors. */
public record ImportValidation<P>(int rows, List<ImportError> errors, P plan) {

    public ImportValidation {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
