package org.minga.participation.internal.domain;

import java.util.List;

/**
 * A question of a survey version. Types: TEXT, NUMBER, SINGLE and MULTIPLE choice (with "Otro" and its free text
 * when {@code allowOther}), LIKERT (a five-point agreement scale unless options are given) and MATRIX (rows rated on
 * the options).
 */
public record SurveyQuestion(String key, String type, String text, List<String> options, boolean allowOther,
        List<String> rows,
        boolean required) {

    public static final String OTHER = "Otro";

    public static final List<String> LIKERT = List.of("Muy en desacuerdo", "En desacuerdo",
            "Ni de acuerdo ni en desacuerdo",
            "De acuerdo", "Muy de acuerdo");

    public static final List<String> TYPES = List.of("TEXT", "NUMBER", "SINGLE", "MULTIPLE", "LIKERT", "MATRIX");

    public SurveyQuestion {
        options = options == null ? List.of() : List.copyOf(options);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public boolean choice() {
        return type.equals("SINGLE") || type.equals("MULTIPLE") || type.equals("LIKERT");
    }

    /** The options the respondent chooses from, "Otro" included when allowed. */
    public List<String> choices() {
        if (type.equals("LIKERT") && options.isEmpty()) {
            return LIKERT;
        }
        if (allowOther && (type.equals("SINGLE") || type.equals("MULTIPLE"))) {
            java.util.ArrayList<String> all = new java.util.ArrayList<>(options);
            all.add(OTHER);
            return all;
        }
        return options;
    }

    public boolean multiple() {
        return type.equals("MULTIPLE");
    }

    public boolean matrix() {
        return type.equals("MATRIX");
    }

    public boolean other() {
        return allowOther && (type.equals("SINGLE") || type.equals("MULTIPLE"));
    }
}
