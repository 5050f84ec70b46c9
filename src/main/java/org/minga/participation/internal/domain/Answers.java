package org.minga.participation.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minga.participation.internal.domain.SurveyResponse.Answer;
import org.minga.platform.FieldError;

/**
 * The answers given to a survey version's questions, checked against them: each error names the question's field
 * ({@code answers.<key>}) and says what is wrong in Spanish.
 */
public final class Answers {

    private final List<SurveyQuestion> questions;
    private final Map<String, Object> given;
    private final List<FieldError> errors;
    private final List<Answer> rows = new ArrayList<>();

    private Answers(List<SurveyQuestion> questions, Map<String, Object> given, List<FieldError> errors) {
        this.questions = questions;
        this.given = given;
        this.errors = errors;
    }

    /** The rows to store for {@code given}; what is wrong goes to {@code errors}. */
    public static List<Answer> check(List<SurveyQuestion> questions, Map<String, Object> given,
            List<FieldError> errors) {
        Answers a = new Answers(questions, given, errors);
        a.checkAll();
        return a.rows;
    }

    private void checkAll() {
        Set<String> known = new HashSet<>();
        for (SurveyQuestion q : questions) {
            known.add(q.key());
            known.add(q.key() + "_otro");
            checkOne(q);
        }
        for (String k : given.keySet()) {
            if (!known.contains(k)) {
                errors.add(new FieldError("answers." + k, "La encuesta no tiene la pregunta «" + k + "»."));
            }
        }
    }

    private void checkOne(SurveyQuestion q) {
        Object a = given.get(q.key());
        if (a == null || (a instanceof String str && str.isBlank()) || (a instanceof List<?> l && l.isEmpty())) {
            if (q.required()) {
                error(q, "La pregunta " + label(q) + " es obligatoria.");
            }
            return;
        }
        boolean otherChosen = switch (q.type()) {
            case "TEXT" -> text(q, a);
            case "NUMBER" -> number(q, a);
            case "SINGLE", "LIKERT" -> single(q, String.valueOf(a).strip());
            case "MULTIPLE" -> multiple(q, a);
            case "MATRIX" -> matrix(q, a);
            default -> {
                error(q, "Tipo de pregunta desconocido.");
                yield false;
            }
        };
        if (otherChosen) {
            other(q);
        }
    }

    private boolean text(SurveyQuestion q, Object a) {
        String v = String.valueOf(a).strip();
        if (v.length() > 2000) {
            error(q, "La respuesta a " + label(q) + " admite 2.000 caracteres.");
        } else {
            rows.add(new Answer(q.key(), "", v));
        }
        return false;
    }

    private boolean number(SurveyQuestion q, Object a) {
        String v = String.valueOf(a).strip().replace(',', '.');
        try {
            rows.add(new Answer(q.key(), "", new BigDecimal(v).stripTrailingZeros().toPlainString()));
        } catch (NumberFormatException e) {
            error(q, "La respuesta a " + label(q) + " debe ser un número (recibido: '" + a + "').");
        }
        return false;
    }

    private boolean single(SurveyQuestion q, String v) {
        if (!q.choices().contains(v)) {
            error(q, "«" + v + "» no es una opción de " + label(q) + ".");
            return false;
        }
        rows.add(new Answer(q.key(), "", v));
        return v.equals(SurveyQuestion.OTHER) && q.other();
    }

    private boolean multiple(SurveyQuestion q, Object a) {
        List<?> list = a instanceof List<?> l ? l : List.of(a);
        Set<String> seen = new HashSet<>();
        boolean otherChosen = false;
        for (Object o : list) {
            String v = String.valueOf(o).strip();
            if (!q.choices().contains(v)) {
                error(q, "«" + v + "» no es una opción de " + label(q) + ".");
            } else if (seen.add(v)) {
                rows.add(new Answer(q.key(), "", v));
                otherChosen |= v.equals(SurveyQuestion.OTHER) && q.other();
            }
        }
        return otherChosen;
    }

    private boolean matrix(SurveyQuestion q, Object a) {
        if (!(a instanceof Map<?, ?> m)) {
            error(q, "La respuesta a " + label(q) + " es una fila por opción.");
            return false;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String row = String.valueOf(e.getKey());
            String v = String.valueOf(e.getValue()).strip();
            if (!q.rows().contains(row)) {
                error(q, "«" + row + "» no es una fila de " + label(q) + ".");
            } else if (!q.options().contains(v)) {
                error(q, "«" + v + "» no es una opción de " + label(q) + ".");
            } else {
                rows.add(new Answer(q.key(), row, v));
            }
        }
        if (q.required() && m.size() < q.rows().size()) {
            error(q, "Responda todas las filas de " + label(q) + ".");
        }
        return false;
    }

    private void other(SurveyQuestion q) {
        Object other = given.get(q.key() + "_otro");
        String text = other == null ? null : String.valueOf(other).strip();
        String f = "answers." + q.key() + "_otro";
        if (text == null || text.isEmpty()) {
            errors.add(new FieldError(f, "Eligió «Otro» en " + label(q) + ": escriba cuál."));
        } else if (text.length() > 500) {
            errors.add(new FieldError(f, "El texto de «Otro» admite 500 caracteres."));
        } else {
            rows.add(new Answer(q.key(), "_otro", text));
        }
    }

    private void error(SurveyQuestion q, String message) {
        errors.add(new FieldError("answers." + q.key(), message));
    }

    private static String label(SurveyQuestion q) {
        return "«" + q.text() + "»";
    }
}
