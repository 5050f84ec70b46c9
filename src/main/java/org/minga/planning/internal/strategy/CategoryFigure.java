package org.minga.planning.internal.strategy;

import java.util.Map;

import org.minga.planning.ClassifiedKind;
import org.minga.planning.StrategyClassifications.Category;

/** How many goals, actions, alerts and care-plan needs a category classifies (within the reader's scope). */
public record CategoryFigure(Category category, Map<ClassifiedKind, Long> counts) {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
