package org.minga.territory.internal.prioritization;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.AccessScope;
import org.minga.platform.Jurisdiction;

/**
 * A territorial prioritisation (priorización territorial) as it is made: the territories of one level ranked by the
 * weighted social variables of one year, with what it used and the notes a reader needs (variables that do not tell
 * territories apart, territories left without data). Once saved it never changes: runs are evidence.
 */
record Prioritization(Jurisdiction jurisdiction, String name, AccessScope scope, RunInputs inputs,
        PrioritizationEngine.Ranking ranking, List<String> notes) {

    Prioritization {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a prioritisation's name has 1 to 200 characters");
        }
        notes = List.copyOf(notes);
    }

    /** The ranking made; {@code name} may be blank ("Priorización upz 2025"). */
    static Prioritization of(Jurisdiction jurisdiction, String name, AccessScope scope, RunInputs inputs,
            PrioritizationEngine.Ranking ranking) {
        String named = name == null || name.isBlank()
                ? "Priorización " + inputs.levelName().toLowerCase() + " " + inputs.year()
                : name.strip();
        return new Prioritization(jurisdiction, named, scope, inputs, ranking, notes(ranking, inputs.year()));
    }

    private static List<String> notes(PrioritizationEngine.Ranking ranking, int year) {
        List<String> notes = new ArrayList<>(ranking.notes());
        if (ranking.ranked().isEmpty()) {
            notes.add("Ningún territorio tiene datos de todas las variables elegidas para " + year
                    + ": no hay ranking. Cargue los valores faltantes e intente de nuevo.");
        } else if (!ranking.unscored().isEmpty()) {
            notes.add(ranking.unscored().size() + " territorio(s) sin datos completos para " + year
                    + " no se puntuaron; se listan aparte como «sin datos».");
        }
        return notes;
    }
}
