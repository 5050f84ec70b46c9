package org.minga.participation.internal.domain;

import java.util.List;

import org.minga.platform.FieldError;

/** Free text fields of the participation records. */
final class Texts {

    private Texts() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Checks the length of each {field, value} ({@code message} for one too long); answers whether any is filled. */
    static boolean fit(String[][] fields, int max, String message, List<FieldError> errors) {
        boolean any = false;
        for (String[] f : fields) {
            if (f[1] != null && f[1].length() > max) {
                errors.add(new FieldError(f[0], message));
            }
            any |= blankToNull(f[1]) != null;
        }
        return any;
    }
}
