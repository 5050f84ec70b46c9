package org.minga.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.planning.IndicatorDirection;
import org.minga.platform.ValidationException;

class PlanningMathTests {

    @Test
    void linearForecastMatchesHandComputedValues() {
        // y = 1, 2, 4 at x = 0, 1, 2: slope 1.5, intercept 5/6, SSE 1/6, s = 0.40825, t(0.975, 1) = 12.706.
        // x = 3: estimate 5.3333; half width 12.706 * 0.40825 * sqrt(1 + 1/3 + 4/2) = 9.4705.
        List<Forecast.Point> f = Forecast.linear(new double[]{1, 2, 4}, 2);
        assertThat(f).hasSize(2);
        assertThat(f.get(0).estimate()).isCloseTo(5.3333, within(1e-3));
        assertThat(f.get(0).low()).isCloseTo(5.3333 - 9.4705, within(1e-3));
        assertThat(f.get(0).high()).isCloseTo(5.3333 + 9.4705, within(1e-3));
        // x = 4: estimate 6.8333; half width 12.706 * 0.40825 * sqrt(1 + 1/3 + 9/2) = 12.5274
        assertThat(f.get(1).estimate()).isCloseTo(6.8333, within(1e-3));
        assertThat(f.get(1).high() - f.get(1).estimate()).isCloseTo(12.5274, within(1e-3));
    }

    @Test
    void aPerfectLineHasNoBandAndTooFewPointsGiveNoForecast() {
        List<Forecast.Point> f = Forecast.linear(new double[]{10, 20, 30, 40}, 1);
        assertThat(f.get(0).estimate()).isCloseTo(50, within(1e-9));
        assertThat(f.get(0).high() - f.get(0).low()).isCloseTo(0, within(1e-9));
        assertThat(Forecast.linear(new double[]{1, 2}, 3)).isEmpty();
        assertThat(Forecast.METHOD).contains("Tendencia lineal").contains("estimación");
    }

    @Test
    void lowerIsBetterProgressCountsTheFall() {
        // cost 10,000,000 → target 5,000,000: reaching 5,000,000 is 100 %, green
        Progress done = Progress.of(10_000_000d, 5_000_000d, 5_000_000d, IndicatorDirection.LOWER_IS_BETTER);
        assertThat(done.percent()).isEqualTo(100.0);
        assertThat(done.light()).isEqualTo(Progress.Light.VERDE);
        // halfway down: 7,500,000 is 50 %, red
        Progress half = Progress.of(10_000_000d, 5_000_000d, 7_500_000d, IndicatorDirection.LOWER_IS_BETTER);
        assertThat(half.percent()).isEqualTo(50.0);
        assertThat(half.light()).isEqualTo(Progress.Light.ROJO);
        // 7 of a planned fall of 4 points (11.8 → 7.8): 11.8 - 8.8 = 3 → 75 %, yellow
        Progress poverty = Progress.of(11.8, 7.8, 8.8, IndicatorDirection.LOWER_IS_BETTER);
        assertThat(poverty.percent()).isEqualTo(75.0);
        assertThat(poverty.light()).isEqualTo(Progress.Light.AMARILLO);
        // going up when lower is better is no progress at all, red
        Progress worse = Progress.of(10d, 5d, 12d, IndicatorDirection.LOWER_IS_BETTER);
        assertThat(worse.percent()).isEqualTo(0.0);
        assertThat(worse.light()).isEqualTo(Progress.Light.ROJO);
        // a rise to 12 is full progress when higher is better and the target is 12
        assertThat(Progress.of(10d, 12d, 12d, IndicatorDirection.HIGHER_IS_BETTER).light())
                .isEqualTo(Progress.Light.VERDE);
        assertThat(Progress.of(null, 5d, null, IndicatorDirection.LOWER_IS_BETTER).light())
                .isEqualTo(Progress.Light.SIN_DATO);
    }

    @Test
    void higherIsBetterProgress() {
        Progress p = Progress.of(263d, 1200d, 1200d, IndicatorDirection.HIGHER_IS_BETTER);
        assertThat(p.percent()).isEqualTo(100.0);
        assertThat(Progress.of(1d, 16d, 13d, IndicatorDirection.HIGHER_IS_BETTER).light())
                .isEqualTo(Progress.Light.AMARILLO);
    }

    @Test
    void periodsParseAndFormatForDhis2AndAdx() {
        Periods.Period y = Periods.parse("period", "2026");
        assertThat(y.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(y.dhis2()).isEqualTo("2026");
        assertThat(y.adx()).isEqualTo("2026-01-01/P1Y");
        Periods.Period q = Periods.parse("period", "2026-q2");
        assertThat(q.end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(q.dhis2()).isEqualTo("2026Q2");
        assertThat(q.adx()).isEqualTo("2026-04-01/P3M");
        assertThat(Periods.parse("period", "2026-03").dhis2()).isEqualTo("202603");
        assertThat(Periods.parse("period", "2026-S2").adx()).isEqualTo("2026-07-01/P6M");
        assertThat(Periods.lastPeriods("TRIMESTRAL", LocalDate.of(2026, 2, 10), 3)).extracting(Periods.Period::label)
                .containsExactly("2025-Q3", "2025-Q4", "2026-Q1");
        assertThatThrownBy(() -> Periods.parse("period", "2026-13")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no es válido");
    }
}
