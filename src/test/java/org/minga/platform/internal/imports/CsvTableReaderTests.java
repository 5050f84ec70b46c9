package org.minga.platform.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableReaderTests {

    @Test
    void rowNumbersAreTheSpreadsheetsEvenWithBlankLinesAndEmbeddedNewlines() {
        Table table = CsvTableReader.read("codigo;nombre\n1;\"Uno\ny medio\"\n\n;;\n3;Tres\n");
        assertThat(table.headerRow()).isEqualTo(1);
        assertThat(table.header()).containsExactly("codigo", "nombre");
        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(2, 5);
        assertThat(table.rows().get(0).cells()).containsExactly("1", "Uno\ny medio");
        assertThat(table.rows().get(1).cells()).containsExactly("3", "Tres");
    }

    @Test
    void windows1252BytesAreDecoded() {
        Table table = CsvTableReader.read("nombre;valor\r\nBogotá;1.234,5\r\n".getBytes(TextEncoding.WINDOWS_1252));
        assertThat(table.rows().get(0).cells()).isEqualTo(List.of("Bogotá", "1.234,5"));
    }

    @Test
    void anUnclosedQuoteIsReportedInSpanish() {
        assertThatThrownBy(() -> CsvTableReader.read("codigo,nombre\n1,\"sin cerrar\n2,dos\n"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("El archivo CSV está mal formado");
    }
}
