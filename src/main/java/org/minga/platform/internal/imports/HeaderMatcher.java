package org.minga.platform.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.minga.platform.ImportColumn;
import org.minga.platform.ImportError;
import org.minga.platform.TextKeys;

/**
 * Matches the header of a table to the columns of an import type, ignoring case, accents, extra spaces and
 * the difference between "_" and " ". Reports one error per missing required column, per unknown or
 * repeated column, and per nameless column that holds data.
 */
final class HeaderMatcher {

    private HeaderMatcher() {
    }

    /** Column name by cell index, or the errors of the header. */
    record Match(Map<Integer, String> columnByIndex, List<ImportError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static String key(String header) {
        if (header == null) {
            return "";
        }
        return TextKeys.key(header.replace('\uFEFF', ' ').replace('_', ' '));
    }

    static Match match(Table table, List<ImportColumn> columns) {
        Map<String, ImportColumn> byKey = new HashMap<>();
        for (ImportColumn c : columns) {
            byKey.put(key(c.name()), c);
        }
        int row = table.headerRow();
        Map<Integer, String> found = new LinkedHashMap<>();
        List<ImportError> errors = new ArrayList<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i) == null ? "" : header.get(i).strip();
            if (key(text).isEmpty()) {
                if (hasData(table, i)) {
                    errors.add(new ImportError(row, "columna " + (i + 1),
                            "La columna " + (i + 1) + " tiene datos pero no tiene nombre en el encabezado."));
                }
                continue;
            }
            ImportColumn column = byKey.get(key(text));
            if (column == null) {
                errors.add(new ImportError(row, text, "La columna «" + text + "» no es de este tipo de importación. "
                        + "Columnas válidas: " + names(columns) + "."));
            } else if (found.containsValue(column.name())) {
                errors.add(new ImportError(row, text, "La columna «" + text + "» está repetida en el encabezado."));
            } else {
                found.put(i, column.name());
            }
        }
        for (ImportColumn c : columns) {
            if (c.required() && !found.containsValue(c.name())) {
                errors.add(new ImportError(row, c.name(), "Falta la columna obligatoria «" + c.name() + "»."));
            }
        }
        return new Match(found, errors);
    }

    private static boolean hasData(Table table, int index) {
        return table.rows().stream().anyMatch(r -> {
            String v = r.cell(index);
            return v != null && !v.isBlank();
        });
    }

    private static String names(List<ImportColumn> columns) {
        return columns.stream().map(ImportColumn::name).collect(Collectors.joining(", "));
    }
}
