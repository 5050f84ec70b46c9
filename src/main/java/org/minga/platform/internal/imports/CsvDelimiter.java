package org.minga.platform.internal.imports;

/**
 * The delimiter of a CSV file, read from its header line: semicolon (Excel in es-CO, where the comma is the
 * decimal separator), comma, or tab. Delimiters inside double quotes do not count.
 */
final class CsvDelimiter {

    private static final char[] CANDIDATES = {';', ',', '\t'};

    private CsvDelimiter() {
    }

    static char detect(String text) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted; // an escaped quote ("") toggles twice: no net change
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break; // end of the header line; blank lines before it are skipped
                }
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
                if (!Character.isWhitespace(c)) {
                    seenContent = true;
                }
            }
        }
        int best = 1; // comma when the header has a single column
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
