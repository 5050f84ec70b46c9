package org.minga.platform;

import java.util.List;

/**
 * What an import is, said once: its API name ({@code POST /api/v1/imports?type=}), the Spanish name people see and
 * its columns in template order.
 */
public record ImportKind(String type, String label, List<ImportColumn> columns) {

    public ImportKind {
        columns = List.copyOf(columns);
    }

    public static ImportKind of(String type, String label, ImportColumn... columns) {
        return new ImportKind(type, label, List.of(columns));
    }
}
