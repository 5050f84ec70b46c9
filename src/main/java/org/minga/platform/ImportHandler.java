package org.minga.platform;

import java.util.List;

/**
 * One kind of import (territories, variable values, geometry...). Modules declare their handlers as
 * beans; the import framework finds them by the type of their {@link #kind()}.
 *
 * <p>The framework reads the file (CSV in UTF-8, UTF-8 with BOM or Windows-1252, comma or semicolon; or
 * XLSX), checks the header against {@link #columns()}, then calls {@link #validate} on every row. Only when
 * no row has an error does it call {@link #load}, inside one transaction: a file loads whole or not at all.
 *
 * @param <P> what validation prepares for loading
 */
public interface ImportHandler<P> {

    /** What the import is, said once: its API name, the Spanish name people see and its columns. */
    ImportKind kind();

    /** The API name of the type, e.g. "territories", used in {@code POST /api/v1/imports?type=}. */
    default String type() {
        return kind().type();
    }

    /** The Spanish name people see, e.g. "Territorios". */
    default String label() {
        return kind().label();
    }

    /** True when the file is a table (CSV or XLSX); false when the handler reads the raw file (GeoJSON). */
    default boolean tabular() {
        return true;
    }

    /** The file extensions accepted, lower case without dot. */
    default List<String> extensions() {
        return tabular() ? List.of("csv", "xlsx", "txt") : List.of("geojson", "json");
    }

    /** The columns of a tabular file, in template order; empty for non-tabular handlers. */
    default List<ImportColumn> columns() {
        return kind().columns();
    }

    /**
     * Checks every row (or feature) without changing anything. Return all errors found, one per problem,
     * and the plan to load when there are none.
     */
    ImportValidation<P> validate(ImportInput input, ImportContext context);

    /** Stores the plan. Runs in the framework's transaction; report progress through the context. */
    int load(P plan, ImportContext context);
}
