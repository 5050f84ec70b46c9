package org.minga.territory.internal.prioritization;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.minga.territory.internal.variable.VariableDirection;

/**
 * The "cruce de variables": ranks territories by a weighted index of social variables.
 *
 * <p>Each variable is normalised min–max to 0..1 over the territories that have every chosen variable
 * (inverted when a higher value is better, so 1 always means "more need"); the score is
 * 100 × Σ(wᵢ·nᵢ) / Σwᵢ; rank 1 is where to act first. Equal scores share a rank ("1, 1, 3") and are listed
 * by name. A territory missing any chosen variable is not scored: it is listed apart with what it lacks,
 * because filling a gap with a guess would change the ranking without anyone knowing.
 */
public final class PrioritizationEngine {

    public static final String METHOD = "MIN_MAX";
    static final int SCORE_SCALE = 4;
    static final int NORMALIZED_SCALE = 6;
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A chosen variable with its weight (positive) and direction. */
    public record Criterion(String code, String name, BigDecimal weight, VariableDirection direction) {
        public Criterion {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(direction, "direction");
            if (weight == null || weight.signum() <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + code);
            }
            name = name == null ? code : name;
        }
    }

    /** A territory to rank with its values by variable code (absent = no data for the year). */
    public record Candidate(long territoryId, String code, String name, Map<String, BigDecimal> values) {
        public Candidate {
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }

    public record Scored(long territoryId, String code, String name, int rank, BigDecimal score,
            Map<String, BigDecimal> normalized) {
    }

    public record Unscored(long territoryId, String code, String name, List<String> missing) {
    }

    /** The minimum and maximum of a variable over the scored territories. */
    public record Range(BigDecimal min, BigDecimal max) {
        boolean flat() {
            return min.compareTo(max) == 0;
        }
    }

    public record Ranking(List<Scored> ranked, List<Unscored> unscored, Map<String, Range> ranges,
            List<String> notes) {
    }

    private PrioritizationEngine() {
    }

    public static Ranking rank(List<Candidate> candidates, List<Criterion> criteria) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("at least one criterion");
        }
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("repeated criterion " + c.code());
            }
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("es-CO"));
        collator.setStrength(Collator.PRIMARY);
        Comparator<String> byName = (a, b) -> collator.compare(a, b);

        List<Candidate> complete = new ArrayList<>();
        List<Unscored> unscored = new ArrayList<>();
        for (Candidate t : candidates) {
            List<String> missing = criteria.stream().map(Criterion::code).filter(c -> t.values().get(c) == null)
                    .toList();
            if (missing.isEmpty()) {
                complete.add(t);
            } else {
                unscored.add(new Unscored(t.territoryId(), t.code(), t.name(), missing));
            }
        }
        unscored.sort(Comparator.comparing(Unscored::name, byName).thenComparing(Unscored::code));
        List<String> notes = new ArrayList<>();
        Map<String, Range> ranges = ranges(complete, criteria, notes);
        List<Scored> ranked = scored(complete, criteria, ranges, byName);
        return new Ranking(List.copyOf(ranked), List.copyOf(unscored), ranges, List.copyOf(notes));
    }

    /** Each criterion's range over the complete candidates; a flat range is noted, as it does not tell them apart. */
    private static Map<String, Range> ranges(List<Candidate> complete, List<Criterion> criteria, List<String> notes) {
        Map<String, Range> ranges = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            BigDecimal min = null;
            BigDecimal max = null;
            for (Candidate t : complete) {
                BigDecimal v = t.values().get(c.code());
                min = min == null || v.compareTo(min) < 0 ? v : min;
                max = max == null || v.compareTo(max) > 0 ? v : max;
            }
            if (min == null) {
                continue;
            }
            Range range = new Range(min, max);
            ranges.put(c.code(), range);
            if (range.flat() && complete.size() > 1) {
                notes.add("La variable «" + c.name() + "» tiene el mismo valor ("
                        + min.stripTrailingZeros().toPlainString()
                        + ") en todos los territorios puntuados: no los diferencia y se normalizó a 0 para todos.");
            } else if (range.flat()) {
                notes.add("Solo un territorio tiene datos completos: la variable «" + c.name()
                        + "» no tiene con qué compararse y se normalizó a 0.");
            }
        }
        return ranges;
    }

    /** The complete candidates scored and ranked: highest score first, ties share a rank. */
    private static List<Scored> scored(List<Candidate> complete, List<Criterion> criteria, Map<String, Range> ranges,
            Comparator<String> byName) {
        BigDecimal totalWeight = criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        record Pending(Candidate t, BigDecimal score, Map<String, BigDecimal> normalized) {
        }
        List<Pending> pending = new ArrayList<>();
        for (Candidate t : complete) {
            Map<String, BigDecimal> normalized = new LinkedHashMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Criterion c : criteria) {
                BigDecimal n = normalize(t.values().get(c.code()), ranges.get(c.code()), c.direction());
                normalized.put(c.code(), n.setScale(NORMALIZED_SCALE, RoundingMode.HALF_UP));
                sum = sum.add(c.weight().multiply(n, MC), MC);
            }
            BigDecimal score = HUNDRED.multiply(sum, MC).divide(totalWeight, MC).setScale(SCORE_SCALE,
                    RoundingMode.HALF_UP);
            pending.add(new Pending(t, score, normalized));
        }
        pending.sort(Comparator.comparing(Pending::score, Comparator.reverseOrder())
                .thenComparing(p -> p.t().name(), byName)
                .thenComparing(p -> p.t().code()));
        List<Scored> ranked = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            int rank = i > 0 && p.score().compareTo(pending.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Scored(p.t().territoryId(), p.t().code(), p.t().name(), rank, p.score(), p.normalized()));
        }
        return ranked;
    }

    /** 0..1 where 1 is the most need; 0 for everyone when the variable does not vary. */
    static BigDecimal normalize(BigDecimal value, Range range, VariableDirection direction) {
        if (range.flat()) {
            return BigDecimal.ZERO;
        }
        BigDecimal span = range.max().subtract(range.min(), MC);
        BigDecimal distance = direction == VariableDirection.HIGHER_IS_BETTER
                ? range.max().subtract(value, MC)
                : value.subtract(range.min(), MC);
        return distance.divide(span, MC);
    }
}
