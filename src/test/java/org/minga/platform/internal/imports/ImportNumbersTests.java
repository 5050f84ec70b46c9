package org.minga.platform.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minga.platform.ImportNumbers;

/** Numbers as people type them in Colombia and Chile, read the way they meant them. */
class ImportNumbersTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.5|1234.5", "1234,5|1234.5", "1.234,5|1234.5", "1,234.5|1234.5", "1 234,5|1234.5",
            "1.234.567|1234567", "1,234,567|1234567", "-0,75|-0.75", "+3|3", "12%|12", "0,001|0.001",
            "1\u00a0234,5|1234.5", "  7  |7"})
    void decimals(String text, String expected) {
        assertThat(ImportNumbers.decimal(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.234|1234", "1,234|1234", "42|42", "1.234.567|1234567", "-5|-5"})
    void integers(String text, long expected) {
        assertThat(ImportNumbers.integer(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uno", "1,5,a", "abc123", "--1", "1e5"})
    void nonNumbersAreRefusedInSpanish(String text) {
        assertThatThrownBy(() -> ImportNumbers.decimal(text))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("no es un número");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blanksAreEmpty(String text) {
        assertThatThrownBy(() -> ImportNumbers.decimal(text)).hasMessage("está vacío");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "2.75"})
    void fractionsAreNotIntegers(String text) {
        assertThatThrownBy(() -> ImportNumbers.integer(text)).hasMessageContaining("no es un número entero");
    }
}
