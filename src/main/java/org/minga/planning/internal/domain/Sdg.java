package org.minga.planning.internal.domain;

import java.util.List;

/**
 * A Sustainable Development Goal of the United Nations (ODS, A/RES/70/1) with its targets, which a plan's lines,
 * programmes and goals contribute to (they are linked to a target).
 */
public record Sdg(int number, String title, List<Target> targets) {

    public Sdg {
        if (number < 1 || number > 17) {
            throw new IllegalArgumentException("There are 17 SDGs, not " + number);
        }
        targets = List.copyOf(targets);
    }

    /** A target of the goal, by its official code ("1.1", "17.a"). */
    public record Target(String code, String text) {
    }
}
