package org.minga.platform;

import java.util.List;

/** What validation found: the rows read, every error, and the plan to load when there are no errors. */
public record ImportValidation<P> (int rows, List<ImportError> errors, P plan) {

    public ImportValidation {
        errors = List.copyOf(errors);
    }

    /**
     * The opening every handler's {@code validate} shares: the user may not import into this jurisdiction, so no row
     * is looked at; one error (row 0) says why.
     */
    public static <P> ImportValidation<P> refused(int rows, String message) {
        return new ImportValidation<>(rows, List.of(new ImportError(0, null, message)), null);
    }

    /** What validation found, sorted by row, with the plan only when there is no error. */
    public static <P> ImportValidation<P> of(int rows, List<ImportError> errors, P plan) {
        List<ImportError> sorted = new java.util.ArrayList<>(errors);
        sorted.sort(java.util.Comparator.comparingInt(ImportError::row));
        return new ImportValidation<>(rows, sorted, sorted.isEmpty() ? plan : null);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
