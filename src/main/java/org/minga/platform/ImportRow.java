package org.minga.platform;

import java.util.Map;

/**
 * One data row of a tabular file. {@code number} is the row number a spreadsheet shows (header = 1).
 * Values are keyed by the matching {@link ImportColumn#name()}; blank cells are absent or empty strings.
 */
public record ImportRow(int number, Map<String, String> values) {

    /** The trimmed value, or null when the cell is blank or the column is absent. */
    public String get(String column) {
        String v = values.get(column);
        if (v == null) {
            return null;
        }
        String t = v.strip();
        return t.isEmpty() ? null : t;
    }
}
