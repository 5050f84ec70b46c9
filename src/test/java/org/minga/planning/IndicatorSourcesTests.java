package org.minga.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Jurisdictions;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every computed figure equals a direct count over the same data, written here independently with plain SQL. */
@MingaTest
class IndicatorSourcesTests {

    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Territories territories;

    /** The demo's Bogotá, the district and Suba. */
    record Bogota(long j, TerritoryView district, TerritoryView suba) {
    }

    Bogota bogota() {
        long j = jurisdictions.byCode("11001").orElseThrow().id();
        return new Bogota(j, territories.byCode(j, "11001").orElseThrow(), territories.byCode(j, "11").orElseThrow());
    }

    @Test
    void everyComputedFigureEqualsADirectCount() {
        long j = jurisdictions.byCode("11001").orElseThrow().id();
        TerritoryView district = territories.byCode(j, "11001").orElseThrow();
        TerritoryView suba = territories.byCode(j, "11").orElseThrow();
        TerritoryView kennedy = territories.byCode(j, "08").orElseThrow();
        List<String> paths = List.of(district.path(), suba.path(), kennedy.path());
        LocalDate today = LocalDate.now();
        List<LocalDate[]> periods = List.of(new LocalDate[]{today.minusYears(1), today},
                new LocalDate[]{today.minusMonths(2), today.minusMonths(1)},
                new LocalDate[]{today.minusYears(3), today.plusMonths(3)});
        List<String> checked = new ArrayList<>();
        double districtTotal = 0;
        for (IndicatorSource s : sources) {
            String sql = IndicatorSourcesSql.BY_HAND.get(s.key());
            if (sql == null) {
                continue; // a source of a module this test does not know (another team's): it has its own test
            }
            for (LocalDate[] p : periods) {
                Map<String, Double> computed = s.values(j, paths, p[0], p[1]);
                for (String path : paths) {
                    Number expected = jdbc.sql(sql).param("j", j).param("prefix", path + "%").param("path", path)
                            .param("from", p[0]).param("to", p[1]).query(Number.class).optional().orElse(null);
                    if (expected == null) {
                        assertThat(computed).as(s.key() + " at " + path).doesNotContainKey(path);
                    } else {
                        assertThat(computed.get(path)).as(s.key() + " at " + path + " " + p[0] + ".." + p[1])
                                .isCloseTo(expected.doubleValue(), within(1e-6));
                    }
                }
            }
            Double d = s.values(j, List.of(district.path()), today.minusYears(3), today.plusMonths(3))
                    .get(district.path());
            districtTotal += d == null ? 0 : d;
            checked.add(s.key());
        }
        assertThat(checked).containsAll(IndicatorSourcesSql.BY_HAND.keySet());
        assertThat(districtTotal).as("the demo data gives something to count").isGreaterThan(0);
    }

    /**
     * Issue 26: an indicator's series, its sheet and the DHIS2 export ask a source for all its periods at once (one
     * query for the SQL sources, the periods as a lateral list): each period's answer equals the direct count of that
     * period alone, and the same as asking period by period, for every source (also the ones without a count here).
     */
    @Test
    void everyPeriodOfASeriesAskedAtOnceEqualsItsDirectCount() {
        Bogota b = bogota();
        List<String> paths = List.of(b.district().path(), b.suba().path());
        long j = b.j();
        LocalDate today = LocalDate.now();
        List<IndicatorSource.Span> periods = new ArrayList<>();
        for (int q = 11; q >= 0; q--) {
            LocalDate start = today.withDayOfMonth(1).minusMonths(3L * q);
            LocalDate end = start.plusMonths(3).minusDays(1);
            periods.add(new IndicatorSource.Span(start, end.isAfter(today) ? today : end));
        }
        periods.add(new IndicatorSource.Span(today.minusYears(3), today.plusMonths(3)));
        int compared = 0;
        double counted = 0;
        for (IndicatorSource s : sources) {
            List<Map<String, Double>> series = s.series(j, paths, periods);
            assertThat(series).as(s.key()).hasSize(periods.size());
            String sql = IndicatorSourcesSql.BY_HAND.get(s.key());
            for (int k = 0; k < periods.size(); k++) {
                IndicatorSource.Span p = periods.get(k);
                assertThat(series.get(k)).as(s.key() + " " + p).isEqualTo(s.values(j, paths, p.from(), p.to()));
                for (String path : paths) {
                    Number expected = sql == null ? null
                            : jdbc.sql(sql).param("j", j).param("prefix", path + "%").param("path", path)
                                    .param("from", p.from()).param("to", p.to()).query(Number.class).optional()
                                    .orElse(null);
                    if (expected != null) {
                        assertThat(series.get(k).get(path)).as(s.key() + " at " + path + " " + p)
                                .isCloseTo(expected.doubleValue(), within(1e-6));
                        counted += expected.doubleValue();
                        compared++;
                    } else if (sql != null) {
                        assertThat(series.get(k)).as(s.key() + " at " + path + " " + p).doesNotContainKey(path);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(IndicatorSourcesSql.BY_HAND.size() * periods.size());
        assertThat(counted).as("the demo data gives something to count").isGreaterThan(0);
    }

    @Test
    void aSubtreeNeverCountsMoreThanItsParent() {
        long j = jurisdictions.byCode("11001").orElseThrow().id();
        TerritoryView district = territories.byCode(j, "11001").orElseThrow();
        TerritoryView suba = territories.byCode(j, "11").orElseThrow();
        LocalDate today = LocalDate.now();
        for (IndicatorSource s : sources) {
            if (s.unit().equals("%")) {
                continue;
            }
            Map<String, Double> v = s.values(j, List.of(district.path(), suba.path()), today.minusYears(2), today);
            assertThat(v.get(suba.path())).as(s.key()).isLessThanOrEqualTo(v.get(district.path()));
        }
    }
}
