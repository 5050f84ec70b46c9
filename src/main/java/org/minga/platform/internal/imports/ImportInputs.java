package org.minga.platform.internal.imports;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportRow;

/**
 * Turns an uploaded file into what a handler validates: the rows keyed by column name for tabular types
 * (after the header check), the raw text for the others. Problems of the file as a whole come back as errors.
 */
final class ImportInputs {

    private ImportInputs() {
    }

    /** The input for the handler, or the errors that stop the import before the handler sees any row. */
    record Prepared(ImportInput input, List<ImportError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static Prepared prepare(ImportHandler<?> handler, String filename, byte[] content) {
        if (!handler.tabular()) {
            TextEncoding.Detected enc = TextEncoding.detect(content);
            byte[] body = java.util.Arrays.copyOfRange(content, enc.bomLength(), content.length);
            return ok(new ImportInput(filename, body, enc.charset(), List.of()));
        }
        Table table;
        try {
            table = TableReader.read(filename, content);
        } catch (UnreadableFileException e) {
            return failed(new ImportError(0, null, e.getMessage()));
        }
        if (table.header().isEmpty() || Table.blank(table.header())) {
            return failed(new ImportError(0, null, "El archivo está vacío: no tiene encabezado ni filas."));
        }
        HeaderMatcher.Match match = HeaderMatcher.match(table, handler.columns());
        if (!match.valid()) {
            return new Prepared(null, match.errors());
        }
        if (table.rows().isEmpty()) {
            return failed(new ImportError(0, null, "El archivo solo tiene el encabezado: no hay filas para importar."));
        }
        List<ImportRow> rows = new ArrayList<>(table.rows().size());
        List<ImportError> errors = new ArrayList<>();
        int width = table.header().size();
        // every row shares one column index; its values are a read-only view of its cells, not a map of its own
        Map<String, Integer> index = new HashMap<>();
        match.columnByIndex().forEach((i, name) -> index.put(name, i));
        for (Table.Row row : table.rows()) {
            if (!Table.blank(row.cells().subList(Math.min(width, row.cells().size()), row.cells().size()))) {
                errors.add(new ImportError(row.number(), null, "La fila tiene más valores (" + row.cells().size()
                        + ") que columnas el encabezado (" + width + "); revise el separador o las comillas."));
            }
            rows.add(new ImportRow(row.number(), new Cells(index, row)));
        }
        return new Prepared(new ImportInput(filename, content, TextEncoding.detect(content).charset(), rows), errors);
    }

    /** A row's values by column name: the cells present under the matched columns (absent when the row is short). */
    private static final class Cells extends AbstractMap<String, String> {

        private final Map<String, Integer> index;
        private final Table.Row row;

        Cells(Map<String, Integer> index, Table.Row row) {
            this.index = index;
            this.row = row;
        }

        @Override
        public String get(Object column) {
            Integer i = index.get(column);
            return i == null ? null : row.cell(i);
        }

        @Override
        public boolean containsKey(Object column) {
            return get(column) != null;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            Map<String, String> values = new HashMap<>();
            index.forEach((name, i) -> {
                String v = row.cell(i);
                if (v != null) {
                    values.put(name, v);
                }
            });
            return Collections.unmodifiableMap(values).entrySet();
        }
    }

    private static Prepared ok(ImportInput input) {
        return new Prepared(input, List.of());
    }

    private static Prepared failed(ImportError error) {
        return new Prepared(null, List.of(error));
    }
}
