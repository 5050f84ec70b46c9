package org.minga.territory.internal.prioritization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minga.territory.internal.prioritization.PrioritizationEngine.Candidate;
import org.minga.territory.internal.prioritization.PrioritizationEngine.Criterion;
import org.minga.territory.internal.prioritization.PrioritizationEngine.Ranking;
import org.minga.territory.internal.prioritization.PrioritizationEngine.Scored;
import org.minga.territory.internal.variable.VariableDirection;

class PrioritizationEngineTests {

    static Candidate t(long id, String name, Object... codeValue) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < codeValue.length; i += 2) {
            values.put((String) codeValue[i], new BigDecimal(codeValue[i + 1].toString()));
        }
        return new Candidate(id, String.valueOf(id), name, values);
    }

    static Criterion c(String code, String weight, VariableDirection d) {
        return new Criterion(code, code, new BigDecimal(weight), d);
    }

    static Scored scored(Ranking r, String name) {
        return r.ranked().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void normalisesMinMaxAndRanksTheWorstFirst() {
        Ranking r = PrioritizationEngine.rank(
                List.of(t(1, "Usaquén", "pobreza", 10), t(2, "Bosa", "pobreza", 30), t(3, "Kennedy", "pobreza", 20)),
                List.of(c("pobreza", "1", VariableDirection.HIGHER_IS_WORSE)));

        assertThat(r.ranked()).extracting(Scored::name).containsExactly("Bosa", "Kennedy", "Usaquén");
        assertThat(r.ranked()).extracting(Scored::rank).containsExactly(1, 2, 3);
        assertThat(scored(r, "Bosa").score()).isEqualByComparingTo("100");
        assertThat(scored(r, "Kennedy").score()).isEqualByComparingTo("50");
        assertThat(scored(r, "Usaquén").score()).isEqualByComparingTo("0");
        assertThat(scored(r, "Kennedy").normalized().get("pobreza")).isEqualByComparingTo("0.5");
        assertThat(r.ranges().get("pobreza").min()).isEqualByComparingTo("10");
        assertThat(r.ranges().get("pobreza").max()).isEqualByComparingTo("30");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void higherIsBetterIsInvertedSoLowCoverageRanksFirst() {
        Ranking r = PrioritizationEngine.rank(
                List.of(t(1, "A", "cobertura", 90), t(2, "B", "cobertura", 60), t(3, "C", "cobertura", 75)),
                List.of(c("cobertura", "1", VariableDirection.HIGHER_IS_BETTER)));

        assertThat(r.ranked()).extracting(Scored::name).containsExactly("B", "C", "A");
        assertThat(scored(r, "B").normalized().get("cobertura")).isEqualByComparingTo("1");
        assertThat(scored(r, "A").normalized().get("cobertura")).isEqualByComparingTo("0");
        assertThat(scored(r, "C").score()).isEqualByComparingTo("50");
    }

    @Test
    void weightsDecideBetweenVariablesThatDisagree() {
        // A is the poorest, B has the most unemployment; pobreza weighs 3, desempleo 1
        List<Candidate> ts = List.of(t(1, "A", "pobreza", 40, "desempleo", 5),
                t(2, "B", "pobreza", 10, "desempleo", 15));
        Ranking heavyPoverty = PrioritizationEngine.rank(ts,
                List.of(c("pobreza", "3", VariableDirection.HIGHER_IS_WORSE),
                        c("desempleo", "1", VariableDirection.HIGHER_IS_WORSE)));
        assertThat(heavyPoverty.ranked()).extracting(Scored::name).containsExactly("A", "B");
        assertThat(scored(heavyPoverty, "A").score()).isEqualByComparingTo("75");
        assertThat(scored(heavyPoverty, "B").score()).isEqualByComparingTo("25");

        Ranking heavyUnemployment = PrioritizationEngine.rank(ts,
                List.of(c("pobreza", "1", VariableDirection.HIGHER_IS_WORSE),
                        c("desempleo", "2.5", VariableDirection.HIGHER_IS_WORSE)));
        assertThat(heavyUnemployment.ranked()).extracting(Scored::name).containsExactly("B", "A");
        assertThat(scored(heavyUnemployment, "B").score()).isEqualByComparingTo("71.4286");
    }

    @Test
    void equalScoresShareTheRankAndAreListedByName() {
        Ranking r = PrioritizationEngine.rank(
                List.of(t(1, "Tunjuelito", "x", 50), t(2, "Ciudad Bolívar", "x", 50), t(3, "Chapinero", "x", 10),
                        t(4, "Ángeles", "x", 50)),
                List.of(c("x", "1", VariableDirection.HIGHER_IS_WORSE)));

        assertThat(r.ranked()).extracting(Scored::name)
                .containsExactly("Ángeles", "Ciudad Bolívar", "Tunjuelito", "Chapinero");
        assertThat(r.ranked()).extracting(Scored::rank).containsExactly(1, 1, 1, 4);
    }

    @Test
    void territoriesMissingAVariableAreNotScoredAndDoNotMoveTheRange() {
        Ranking r = PrioritizationEngine.rank(
                List.of(t(1, "A", "pobreza", 10, "desempleo", 8), t(2, "B", "pobreza", 20, "desempleo", 12),
                        t(3, "Sumapaz", "pobreza", 90), t(4, "C")),
                List.of(c("pobreza", "1", VariableDirection.HIGHER_IS_WORSE),
                        c("desempleo", "1", VariableDirection.HIGHER_IS_WORSE)));

        assertThat(r.ranked()).extracting(Scored::name).containsExactly("B", "A");
        assertThat(r.ranges().get("pobreza").max()).isEqualByComparingTo("20");
        assertThat(r.unscored()).extracting(PrioritizationEngine.Unscored::name).containsExactly("C", "Sumapaz");
        assertThat(r.unscored().get(0).missing()).containsExactly("pobreza", "desempleo");
        assertThat(r.unscored().get(1).missing()).containsExactly("desempleo");
    }

    @Test
    void aVariableWithTheSameValueEverywhereCountsZeroAndIsExplained() {
        Ranking r = PrioritizationEngine.rank(
                List.of(t(1, "A", "igual", 7, "pobreza", 10), t(2, "B", "igual", 7, "pobreza", 30)),
                List.of(c("igual", "1", VariableDirection.HIGHER_IS_WORSE),
                        c("pobreza", "1", VariableDirection.HIGHER_IS_WORSE)));

        assertThat(scored(r, "A").normalized().get("igual")).isEqualByComparingTo("0");
        assertThat(scored(r, "B").normalized().get("igual")).isEqualByComparingTo("0");
        assertThat(scored(r, "B").score()).isEqualByComparingTo("50");
        assertThat(r.notes()).singleElement().asString().contains("«igual»").contains("mismo valor (7)");
    }

    @Test
    void allVariablesEqualGivesEveryoneZeroAndTheSameRank() {
        Ranking r = PrioritizationEngine.rank(List.of(t(1, "B", "x", 3), t(2, "A", "x", 3)),
                List.of(c("x", "1", VariableDirection.HIGHER_IS_BETTER)));

        assertThat(r.ranked()).extracting(Scored::name).containsExactly("A", "B");
        assertThat(r.ranked()).extracting(Scored::rank).containsExactly(1, 1);
        assertThat(r.ranked()).allSatisfy(s -> assertThat(s.score()).isEqualByComparingTo("0"));
        assertThat(r.notes()).hasSize(1);
    }

    @Test
    void refusesWeightsThatAreNotPositiveAndEmptyOrRepeatedCriteria() {
        assertThatThrownBy(() -> c("x", "0", VariableDirection.HIGHER_IS_WORSE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c("x", "-1", VariableDirection.HIGHER_IS_WORSE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrioritizationEngine.rank(List.of(t(1, "A", "x", 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrioritizationEngine.rank(List.of(t(1, "A", "x", 1)),
                List.of(c("x", "1", VariableDirection.HIGHER_IS_WORSE),
                        c("x", "2", VariableDirection.HIGHER_IS_WORSE))))
                                .isInstanceOf(IllegalArgumentException.class);
    }
}
