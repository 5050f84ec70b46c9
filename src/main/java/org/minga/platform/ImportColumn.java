package org.minga.platform;

/**
 * A column of a tabular import. {@code name} is the header people write (lower case, no accents:
 * headers are matched ignoring case, accents and surrounding spaces).
 */
public record ImportColumn(String name, boolean required, String description) {

    public static ImportColumn required(String name, String description) {
        return new ImportColumn(name, true, description);
    }

    public static ImportColumn optional(String name, String description) {
        return new ImportColumn(name, false, description);
    }
}
