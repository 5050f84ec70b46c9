package org.minga.territory.internal.grouping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Groups territories by shared needs: k-means++ (Apache Commons Math {@code KMeansPlusPlusClusterer}) on the chosen
 * variables, each standardised to a z-score so a variable in thousands does not drown one in percent. The seed is
 * fixed and the territories go in by code, so the same values always give the same groups; groups are numbered by
 * their first territory's code. A territory lacking a chosen variable is left out, listed apart.
 */
final class ClusteringEngine {

    static final long SEED = 20_260_522L;
    static final int MAX_ITERATIONS = 300;
    static final String METHOD = "k-medias++ (Apache Commons Math 3.6.1, KMeansPlusPlusClusterer), distancia "
            + "euclidiana sobre variables estandarizadas (puntaje z), semilla fija " + SEED;

    private ClusteringEngine() {
    }

    /** A territory with its values of the chosen variables (a variable without a value is absent). */
    record Candidate(long territoryId, String code, String name, Map<String, BigDecimal> values) {
    }

    /** A chosen variable: its code and its words, for the profile. */
    record Variable(String code, String name, String unit) {
    }

    /** One group: its members in code order and the mean value of each variable among them. */
    record Group(int number, List<Candidate> members, Map<String, BigDecimal> centroid) {
    }

    /** A territory left out, with the variables it lacks. */
    record Unassigned(Candidate territory, List<String> missing) {
    }

    record Result(List<Group> groups, List<Unassigned> unassigned, Map<String, BigDecimal> means,
            List<String> notes) {
    }

    private record Point(Candidate candidate, double[] z) implements Clusterable {
        @Override
        public double[] getPoint() {
            return z;
        }
    }

    /** The groups; {@code k} must be 2..12 and at most the number of territories with complete data. */
    static Result cluster(List<Candidate> candidates, List<Variable> variables, int k) {
        List<Candidate> complete = new ArrayList<>();
        List<Unassigned> unassigned = new ArrayList<>();
        for (Candidate c : sorted(candidates)) {
            List<String> missing = variables.stream().filter(v -> c.values().get(v.code()) == null)
                    .map(Variable::code).toList();
            if (missing.isEmpty()) {
                complete.add(c);
            } else {
                unassigned.add(new Unassigned(c, missing));
            }
        }
        if (complete.size() < k) {
            throw new IllegalArgumentException("fewer territories with data than groups");
        }
        List<String> notes = new ArrayList<>();
        int n = variables.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            String code = variables.get(i).code();
            mean[i] = complete.stream().mapToDouble(c -> c.values().get(code).doubleValue()).average().orElse(0);
            final double m = mean[i];
            sd[i] = Math.sqrt(complete.stream().mapToDouble(c -> Math.pow(c.values().get(code).doubleValue() - m, 2))
                    .average().orElse(0));
            if (sd[i] == 0) {
                notes.add("«" + variables.get(i).name() + "» vale lo mismo en todos los territorios: no los separa.");
            }
        }
        List<Point> points = complete.stream().map(c -> new Point(c, standardised(c, variables, mean, sd))).toList();
        KMeansPlusPlusClusterer<Point> clusterer = new KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS,
                new EuclideanDistance(), new JDKRandomGenerator((int) SEED),
                KMeansPlusPlusClusterer.EmptyClusterStrategy.LARGEST_VARIANCE);
        List<List<Candidate>> clusters = new ArrayList<>();
        for (CentroidCluster<Point> cluster : clusterer.cluster(points)) {
            List<Candidate> members = sorted(cluster.getPoints().stream().map(Point::candidate).toList());
            if (!members.isEmpty()) {
                clusters.add(members);
            }
        }
        clusters.sort(Comparator.comparing((List<Candidate> m) -> m.get(0).code())
                .thenComparingLong(m -> m.get(0).territoryId()));
        List<Group> groups = new ArrayList<>();
        for (List<Candidate> members : clusters) {
            groups.add(new Group(groups.size() + 1, members, centroid(members, variables)));
        }
        if (groups.size() < k) {
            notes.add("Se pidieron " + k + " grupos y resultaron " + groups.size()
                    + ": hay territorios con valores idénticos.");
        }
        if (!unassigned.isEmpty()) {
            notes.add(unassigned.size() + " territorio(s) sin datos de todas las variables quedaron fuera de los "
                    + "grupos; se listan aparte.");
        }
        return new Result(groups, unassigned, centroid(complete, variables), notes);
    }

    private static double[] standardised(Candidate c, List<Variable> variables, double[] mean, double[] sd) {
        double[] z = new double[variables.size()];
        for (int i = 0; i < z.length; i++) {
            double x = c.values().get(variables.get(i).code()).doubleValue();
            z[i] = sd[i] == 0 ? 0 : (x - mean[i]) / sd[i];
        }
        return z;
    }

    private static Map<String, BigDecimal> centroid(List<Candidate> members, List<Variable> variables) {
        Map<String, BigDecimal> centroid = new LinkedHashMap<>();
        for (Variable v : variables) {
            BigDecimal sum = members.stream().map(c -> c.values().get(v.code())).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            centroid.put(v.code(), members.isEmpty() ? BigDecimal.ZERO
                    : sum.divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP));
        }
        return centroid;
    }

    private static List<Candidate> sorted(List<Candidate> candidates) {
        return candidates.stream().sorted(Comparator.comparing(Candidate::code)
                .thenComparingLong(Candidate::territoryId)).toList();
    }
}
