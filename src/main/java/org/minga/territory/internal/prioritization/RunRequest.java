package org.minga.territory.internal.prioritization;

import java.math.BigDecimal;
import java.util.List;

/**
 * What to rank: the territories of {@code level} in the user's scope of {@code jurisdiction} (its code,
 * e.g. 11001; optional for users of one jurisdiction), with the values of {@code year}, crossing
 * {@code variables}. {@code name} is optional.
 */
public record RunRequest(String jurisdiction, String level, Integer year, List<VariableChoice> variables,
        String name) {

    /** A chosen variable: its catalogue code, a positive weight and, optionally, a direction other than its default. */
    public record VariableChoice(String code, BigDecimal weight, String direction) {
    }
}
