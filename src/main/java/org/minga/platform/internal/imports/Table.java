package org.minga.platform.internal.imports;

import java.util.List;

/**
 * A sheet or CSV file as text cells. {@code headerRow} and each row's {@code number} are the row numbers a
 * spreadsheet shows (the first line is row 1); fully blank rows are already left out.
 */
record Table(int headerRow, List<String> header, List<Row> rows) {

    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }

    static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
