package org.minga.planning;

import org.minga.platform.Labelled;

/**
 * Whether an indicator improves as it rises or as it falls; its words in the bundles ({@code enum.IndicatorDirection.*}
 * in {@code i18n/planning.properties}).
 */
public enum IndicatorDirection implements Labelled {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
