package org.minga.platform.internal.imports;

import java.util.List;

import org.minga.platform.ImportColumn;
import org.minga.platform.ImportHandler;

/** An import type with what a client needs to build a file for it. */
record ImportTypeJson(String type, String label, boolean tabular, List<String> extensions, List<ImportColumn> columns) {

    static ImportTypeJson of(ImportHandler<?> handler) {
        return new ImportTypeJson(handler.type(), handler.label(), handler.tabular(), handler.extensions(),
                handler.columns());
    }
}
