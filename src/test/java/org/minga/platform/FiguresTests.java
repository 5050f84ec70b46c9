package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** What a person reads where a page shows a figure: es-CO thousands and decimals, never "1.0E7". */
class FiguresTests {

    @Test
    void figuresReadAsInColombia() {
        assertThat(Figures.format(1.0E7)).isEqualTo("10.000.000");
        assertThat(Figures.format(5000000.0)).isEqualTo("5.000.000");
        assertThat(Figures.format(44.44444444444444)).isEqualTo("44,44");
        assertThat(Figures.format(11.8)).isEqualTo("11,8");
        assertThat(Figures.format(new BigDecimal("640000000000.00"))).isEqualTo("640.000.000.000");
        assertThat(Figures.format(null)).isEqualTo("—");
    }
}
