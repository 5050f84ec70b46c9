package org.minga.platform.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportError;

class HeaderMatcherTests {

    static final List<ImportColumn> COLUMNS = List.of(ImportColumn.required("codigo_padre", "Padre"),
            ImportColumn.required("nombre", "Nombre"), ImportColumn.optional("poblacion", "Población"));

    @Test
    void headersMatchIgnoringCaseAccentsSpacesAndUnderscores() {
        Table table = new Table(1, List.of(" Código  Padre ", "NOMBRE", "Población"), List.of());
        HeaderMatcher.Match match = HeaderMatcher.match(table, COLUMNS);
        assertThat(match.errors()).isEmpty();
        assertThat(match.columnByIndex()).isEqualTo(Map.of(0, "codigo_padre", 1, "nombre", 2, "poblacion"));
    }

    @Test
    void optionalColumnsMayBeMissingAndColumnOrderIsFree() {
        Table table = new Table(1, List.of("nombre", "codigo_padre"), List.of());
        assertThat(HeaderMatcher.match(table, COLUMNS).columnByIndex())
                .isEqualTo(Map.of(0, "nombre", 1, "codigo_padre"));
    }

    @Test
    void oneErrorPerProblem() {
        Table table = new Table(1, List.of("nombre", "nombres", "Nombre"), List.of());
        assertThat(HeaderMatcher.match(table, COLUMNS).errors()).containsExactly(
                new ImportError(1, "nombres", "La columna «nombres» no es de este tipo de importación. "
                        + "Columnas válidas: codigo_padre, nombre, poblacion."),
                new ImportError(1, "Nombre", "La columna «Nombre» está repetida en el encabezado."),
                new ImportError(1, "codigo_padre", "Falta la columna obligatoria «codigo_padre»."));
    }

    @Test
    void namelessColumnsAreIgnoredWhenEmptyAndReportedWhenTheyHoldData() {
        Table empty = new Table(1, List.of("codigo_padre", "nombre", ""),
                List.of(new Table.Row(2, List.of("1", "Suba", ""))));
        assertThat(HeaderMatcher.match(empty, COLUMNS).errors()).isEmpty();

        Table withData = new Table(1, List.of("codigo_padre", "nombre", ""),
                List.of(new Table.Row(2, List.of("1", "Suba", "x"))));
        assertThat(HeaderMatcher.match(withData, COLUMNS).errors()).containsExactly(
                new ImportError(1, "columna 3", "La columna 3 tiene datos pero no tiene nombre en el encabezado."));
    }
}
