package org.minga.platform.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvDelimiterTests {

    @Test
    void semicolonAsExcelWritesItInColombia() {
        assertThat(CsvDelimiter.detect("codigo;nombre;valor\n1;Suba;1,5")).isEqualTo(';');
    }

    @Test
    void comma() {
        assertThat(CsvDelimiter.detect("codigo,nombre,valor\n1;2;3;4;5;6")).isEqualTo(',');
    }

    @Test
    void tab() {
        assertThat(CsvDelimiter.detect("codigo\tnombre\tvalor\n")).isEqualTo('\t');
    }

    @Test
    void delimitersInsideQuotesDoNotCount() {
        assertThat(CsvDelimiter.detect("\"codigo;a;b;c\",nombre,valor\n")).isEqualTo(',');
        assertThat(CsvDelimiter.detect("\"a, \"\"b\"\", c\";nombre;valor\n")).isEqualTo(';');
    }

    @Test
    void onlyTheHeaderLineCountsAndLeadingBlankLinesAreSkipped() {
        assertThat(CsvDelimiter.detect("\r\n\r\ncodigo;nombre\n1,2,3,4,5")).isEqualTo(';');
    }

    @Test
    void aSingleColumnFileFallsBackToComma() {
        assertThat(CsvDelimiter.detect("codigo\n1\n2")).isEqualTo(',');
        assertThat(CsvDelimiter.detect("")).isEqualTo(',');
    }
}
