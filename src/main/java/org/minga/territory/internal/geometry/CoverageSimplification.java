package org.minga.territory.internal.geometry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Simplification of map layers that tile (issue 18): the territories of one level cover their parent without
 * overlaps, and simplifying each shape alone moves the two copies of a shared border differently, so neighbours
 * overlap or leave gaps (26 pairs of Bogotá's localidades at 0.001°). JTS's {@link CoverageSimplifier} simplifies
 * each shared edge once, for both neighbours: no overlaps, no gaps, no shape lost, holes (La Candelaria inside Santa
 * Fe) kept. A level whose shapes are not a clean coverage (they overlap, or their edges do not match vertex for
 * vertex) is simplified shape by shape, as before, rather than drawn wrong.
 */
final class CoverageSimplification {

    private CoverageSimplification() {
    }

    /** The shapes simplified with {@code tolerance} (degrees), each level as one coverage; same order as given. */
    static List<Geometry> simplify(List<Geometry> shapes, List<String> levels, double tolerance) {
        Map<String, List<Integer>> byLevel = new LinkedHashMap<>();
        for (int i = 0; i < shapes.size(); i++) {
            byLevel.computeIfAbsent(String.valueOf(levels.get(i)), l -> new ArrayList<>()).add(i);
        }
        List<Geometry> out = new ArrayList<>(shapes);
        for (List<Integer> members : byLevel.values()) {
            Geometry[] coverage = members.stream().map(shapes::get).toArray(Geometry[]::new);
            Geometry[] simplified = CoverageValidator.isValid(coverage)
                    ? CoverageSimplifier.simplify(coverage, tolerance)
                    : eachAlone(coverage, tolerance);
            for (int k = 0; k < members.size(); k++) {
                out.set(members.get(k), simplified[k]);
            }
        }
        return out;
    }

    private static Geometry[] eachAlone(Geometry[] shapes, double tolerance) {
        Geometry[] out = new Geometry[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            out[i] = TopologyPreservingSimplifier.simplify(shapes[i], tolerance);
        }
        return out;
    }
}
