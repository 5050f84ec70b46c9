package org.minga.platform;

import java.util.List;
import java.util.stream.Collectors;

/** A file that did not validate, with every error found. */
public class ImportRejectedException extends MingaException {

    private final List<ImportError> errors;

    public ImportRejectedException(String filename, List<ImportError> errors) {
        super("El archivo " + filename + " tiene errores: " + errors.stream().limit(5)
                .map(e -> "fila " + e.row() + (e.column() == null ? "" : ", " + e.column()) + ": " + e.message())
                .collect(Collectors.joining("; ")) + (errors.size() > 5 ? " (y " + (errors.size() - 5) + " más)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
