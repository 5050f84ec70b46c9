package org.minga.territory;

import java.util.List;

import org.minga.platform.ImportError;

/** What a geometry import did: the shapes stored, or every error found (and then nothing was stored). */
public record GeometryImportResult(int features, int loaded, List<ImportError> errors) {

    public GeometryImportResult {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
