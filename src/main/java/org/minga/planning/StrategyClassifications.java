package org.minga.planning;

import java.util.List;

import org.minga.platform.CurrentUser;

/**
 * A strategy's classifications for other modules: the categories of a jurisdiction (populations, scenarios, rights)
 * and which categories a goal, action, alert or care-plan need carries. The link is planning's; each record's owner
 * answers for it through {@link ClassifiedSubjects}.
 */
public interface StrategyClassifications {

    /** The jurisdiction's categories by dimension and position. */
    List<Category> categories(long jurisdictionId);

    /** The categories a record carries. */
    List<Category> of(ClassifiedKind kind, long subjectId);

    /**
     * Sets the categories a record carries (replacing the previous ones) by their codes; an unknown code or one of
     * another jurisdiction is a {@link org.minga.platform.ValidationException} on {@code categories}.
     */
    List<Category> classify(ClassifiedKind kind, long subjectId, List<String> categoryCodes, CurrentUser user);

    /** A category of a strategy. */
    record Category(long id, long jurisdictionId, StrategyDimension dimension, String code, String name,
            String description) {
    }
}
