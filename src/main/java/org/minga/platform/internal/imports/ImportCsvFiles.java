package org.minga.platform.internal.imports;

import java.util.List;

import org.minga.platform.ImportColumn;
import org.minga.platform.ImportError;
import org.minga.platform.TableExport;

/**
 * The CSV files of the imports: the error report and the empty template of a type, in Minga's one CSV dialect
 * ({@link TableExport}: UTF-8 with a byte order mark, ";" between fields), what Excel in es-CO opens right.
 */
final class ImportCsvFiles {

    private ImportCsvFiles() {
    }

    static byte[] errorReport(List<ImportError> errors) {
        return TableExport.csv(List.of("fila", "columna", "problema"), errors.stream()
                .map(e -> java.util.Arrays.asList(e.row() > 0 ? (Object) e.row() : null, e.column(), e.message()))
                .toList());
    }

    static byte[] template(List<ImportColumn> columns) {
        return TableExport.csv(columns.stream().map(ImportColumn::name).toList(), List.of());
    }
}
