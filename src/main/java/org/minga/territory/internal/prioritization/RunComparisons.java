package org.minga.territory.internal.prioritization;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.minga.platform.ValidationException;
import org.minga.territory.RunComparison;
import org.minga.territory.RunComparison.Cell;
import org.minga.territory.RunComparison.Column;
import org.minga.territory.RunComparison.Mover;
import org.minga.territory.RunComparison.Row;

/** Builds a {@link RunComparison} from saved runs, refusing runs that do not use the same method. */
final class RunComparisons {

    static final int MAX_RUNS = 6;
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RunComparisons() {
    }

    /** The runs compared, or a {@link ValidationException} on {@code runs} saying why they cannot be. */
    static RunComparison of(List<RunView> chosen) {
        if (chosen.size() < 2) {
            throw new ValidationException("runs", "Elija al menos dos priorizaciones para compararlas.");
        }
        if (chosen.size() > MAX_RUNS) {
            throw new ValidationException("runs", "Se comparan máximo " + MAX_RUNS + " priorizaciones a la vez.");
        }
        List<RunView> byYear = chosen.stream().sorted(Comparator.comparingInt(RunView::year)
                .thenComparing(RunView::createdAt).thenComparingLong(RunView::id)).toList();
        RunView first = byYear.get(0);
        for (RunView other : byYear.subList(1, byYear.size())) {
            sameMethod(first, other);
        }
        List<Column> columns = byYear.stream().map(r -> new Column(r.id(), r.name(), r.year())).toList();
        Map<Long, List<RunView.Result>> byTerritory = new LinkedHashMap<>();
        Map<Long, RunView.Result> names = new LinkedHashMap<>();
        for (int i = 0; i < byYear.size(); i++) {
            for (RunView.Result r : byYear.get(i).results()) {
                byTerritory.computeIfAbsent(r.territoryId(), k -> new ArrayList<>(nulls(byYear.size()))).set(i, r);
                names.put(r.territoryId(), r);
            }
        }
        List<RunInputs.Variable> variables = first.inputs().variables();
        List<Row> rows = new ArrayList<>();
        byTerritory.forEach((id, results) -> rows.add(row(names.get(id), results, variables)));
        rows.sort(Comparator.comparing((Row r) -> lastRank(r), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::name).thenComparing(Row::code));
        List<String> notes = new ArrayList<>();
        notes.add("Los valores normalizados son relativos a los territorios de cada priorización: una variable puede "
                + "mover a un territorio porque cambiaron los demás.");
        if (rows.stream().anyMatch(r -> r.scoreChange() == null)) {
            notes.add("Los territorios sin datos en la primera o la última priorización no tienen cambio.");
        }
        return new RunComparison(columns, rows, notes);
    }

    /** Refuses runs that do not use the same method as the first: the comparison would not mean anything. */
    private static void sameMethod(RunView first, RunView other) {
        String why = null;
        if (first.jurisdictionId() != other.jurisdictionId()) {
            why = "son de jurisdicciones distintas";
        } else if (!first.levelCode().equals(other.levelCode())) {
            why = "priorizan niveles distintos (" + first.levelName() + ", " + other.levelName() + ")";
        } else if (!Objects.equals(first.inputs().normalization(), other.inputs().normalization())
                || !method(first).equals(method(other))) {
            why = "no usan las mismas variables con los mismos pesos y direcciones";
        } else if (first.year() == other.year()) {
            why = "son del mismo año (" + first.year() + ")";
        }
        if (why != null) {
            throw new ValidationException("runs", "No se pueden comparar «" + first.name() + "» y «" + other.name()
                    + "»: " + why + ". Compare priorizaciones del mismo método en años distintos.");
        }
    }

    private static Map<String, String> method(RunView run) {
        Map<String, String> m = new LinkedHashMap<>();
        run.inputs().variables().forEach(v -> m.put(v.code(),
                v.weight().stripTrailingZeros().toPlainString() + " " + v.direction()));
        return m;
    }

    private static Row row(RunView.Result named, List<RunView.Result> results, List<RunInputs.Variable> variables) {
        List<Cell> cells = results.stream()
                .map(r -> r == null ? new Cell(null, null) : new Cell(r.rank(), r.score())).toList();
        RunView.Result before = results.get(0);
        RunView.Result after = results.get(results.size() - 1);
        if (!scored(before) || !scored(after)) {
            return new Row(named.territoryId(), named.code(), named.name(), cells, null, null, List.of());
        }
        return new Row(named.territoryId(), named.code(), named.name(), cells, after.score().subtract(before.score()),
                before.rank() - after.rank(), movers(before, after, variables));
    }

    private static List<Mover> movers(RunView.Result before, RunView.Result after, List<RunInputs.Variable> variables) {
        BigDecimal totalWeight = variables.stream().map(RunInputs.Variable::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Mover> movers = new ArrayList<>();
        for (RunInputs.Variable v : variables) {
            BigDecimal from = part(before, v, totalWeight);
            BigDecimal to = part(after, v, totalWeight);
            BigDecimal points = to.subtract(from);
            if (points.signum() != 0) {
                movers.add(new Mover(v.code(), v.name(), from, to, points));
            }
        }
        movers.sort(Comparator.comparing((Mover m) -> m.points().abs()).reversed().thenComparing(Mover::code));
        return List.copyOf(movers);
    }

    /** The variable's part of the territory's score, in points (2 decimals). */
    private static BigDecimal part(RunView.Result r, RunInputs.Variable v, BigDecimal totalWeight) {
        BigDecimal n = r.normalized().getOrDefault(v.code(), BigDecimal.ZERO);
        return HUNDRED.multiply(v.weight().multiply(n, MC), MC).divide(totalWeight, MC).setScale(2,
                RoundingMode.HALF_UP);
    }

    private static boolean scored(RunView.Result r) {
        return r != null && r.rank() != null;
    }

    private static Integer lastRank(Row r) {
        for (int i = r.cells().size() - 1; i >= 0; i--) {
            if (r.cells().get(i).rank() != null) {
                return r.cells().get(i).rank();
            }
        }
        return null;
    }

    private static List<RunView.Result> nulls(int n) {
        List<RunView.Result> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(null);
        }
        return list;
    }
}
