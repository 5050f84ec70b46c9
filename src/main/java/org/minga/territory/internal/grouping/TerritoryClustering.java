package org.minga.territory.internal.grouping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minga.platform.AccessScope;
import org.minga.platform.Jurisdiction;
import org.minga.territory.internal.variable.Decimals;

/**
 * A clustering of territories as it is made (agrupación de territorios por necesidades compartidas): the territories
 * of one level grouped on social variables of one year, each group named with the words of what sets it apart. Once
 * saved it never changes: like a prioritisation run, it is evidence of what was decided on.
 */
record TerritoryClustering(Jurisdiction jurisdiction, String name, String levelCode, String levelName, int year,
        int groupCount, AccessScope scope, List<ClusteringEngine.Variable> variables, ClusteringEngine.Result result) {

    TerritoryClustering {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a clustering's name has 1 to 200 characters");
        }
        variables = List.copyOf(variables);
    }

    static TerritoryClustering of(Jurisdiction jurisdiction, String name, String levelCode, String levelName,
            int year, int groupCount, AccessScope scope, List<ClusteringEngine.Variable> variables,
            ClusteringEngine.Result result) {
        String named = name == null || name.isBlank()
                ? "Agrupación " + levelName.toLowerCase() + " " + year + " (" + groupCount + " grupos)"
                : name.strip();
        return new TerritoryClustering(jurisdiction, named, levelCode, levelName, year, groupCount, scope, variables,
                result);
    }

    /** "Grupo 2 · pobreza alta" : the group's number and the variable that sets it apart the most. */
    String groupName(ClusteringEngine.Group g) {
        List<String> traits = traits(g);
        return "Grupo " + g.number() + (traits.isEmpty() ? "" : " · " + traits.get(0));
    }

    /** What sets the group apart: each variable whose mean in the group is off the overall mean by a tenth or more. */
    String profile(ClusteringEngine.Group g) {
        List<String> parts = new ArrayList<>();
        Map<String, BigDecimal> means = result.means();
        for (ClusteringEngine.Variable v : variables) {
            BigDecimal in = g.centroid().get(v.code());
            parts.add(v.name() + " " + Decimals.display(in)
                    + (v.unit() == null || v.unit().isBlank() ? "" : " " + v.unit())
                    + " (promedio general " + Decimals.display(means.get(v.code())) + ")");
        }
        return g.members().size() + " territorio(s). " + String.join("; ", parts) + ".";
    }

    private List<String> traits(ClusteringEngine.Group g) {
        List<String> traits = new ArrayList<>();
        BigDecimal best = BigDecimal.ZERO;
        for (ClusteringEngine.Variable v : variables) {
            BigDecimal mean = result.means().get(v.code());
            BigDecimal in = g.centroid().get(v.code());
            if (mean == null || mean.signum() == 0 || in == null) {
                continue;
            }
            BigDecimal relative = in.subtract(mean).divide(mean.abs(), 4, java.math.RoundingMode.HALF_UP);
            if (relative.abs().compareTo(new BigDecimal("0.10")) < 0) {
                continue;
            }
            String trait = v.name().toLowerCase() + (relative.signum() > 0 ? " alta" : " baja");
            if (relative.abs().compareTo(best) > 0) {
                traits.add(0, trait);
                best = relative.abs();
            } else {
                traits.add(trait);
            }
        }
        return traits;
    }
}
