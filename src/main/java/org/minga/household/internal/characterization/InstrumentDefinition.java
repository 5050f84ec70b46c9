package org.minga.household.internal.characterization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minga.platform.FieldError;

/**
 * A characterisation instrument's content, defined by administrators as data: sections of questions with
 * a type, a required flag, options for choices, and an optional condition (show when an earlier question
 * has a given answer). Stored as JSON in {@code instrument_version.definition}.
 */
public record InstrumentDefinition(List<Section> sections) {

    static final Set<String> TYPES = Set.of("TEXT", "NUMBER", "DATE", "SINGLE", "MULTIPLE", "YES_NO");

    public record Section(String title, List<Question> questions) {
    }

    public record Question(String code, String text, String type, boolean required, List<String> options,
            Condition showIf,
            boolean sensitive) {
    }

    /** Show the question when the answer to {@code question} equals {@code equals} (for multiple: contains it). */
    public record Condition(String question, Object equals) {
    }

    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        if (sections != null) {
            sections.forEach(s -> all.addAll(s.questions() == null ? List.of() : s.questions()));
        }
        return all;
    }

    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (sections == null || sections.isEmpty()) {
            errors.add(new FieldError("sections", "El instrumento necesita al menos una sección con preguntas."));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        int si = 0;
        for (Section s : sections) {
            si++;
            if (s.title() == null || s.title().isBlank()) {
                errors.add(new FieldError("sections[" + si + "].title", "La sección " + si + " no tiene título."));
            }
            if (s.questions() == null || s.questions().isEmpty()) {
                errors.add(
                        new FieldError("sections[" + si + "].questions", "La sección " + si + " no tiene preguntas."));
                continue;
            }
            for (Question q : s.questions()) {
                String where = "Pregunta " + (q.code() == null ? "sin código" : "'" + q.code() + "'");
                if (q.code() == null || !q.code().matches("[a-z][a-z0-9_]{0,39}")) {
                    errors.add(new FieldError("questions.code",
                            where + ": el código debe ir en minúsculas, sin espacios (p. ej. gestante)."));
                } else if (!seen.add(q.code())) {
                    errors.add(new FieldError("questions.code", where + ": el código está repetido."));
                }
                if (q.text() == null || q.text().isBlank()) {
                    errors.add(new FieldError("questions.text", where + ": falta el texto de la pregunta."));
                }
                if (q.type() == null || !TYPES.contains(q.type())) {
                    errors.add(new FieldError("questions.type",
                            where + ": el tipo debe ser TEXT, NUMBER, DATE, SINGLE, MULTIPLE o YES_NO."));
                } else if ((q.type().equals("SINGLE") || q.type().equals("MULTIPLE"))
                        && (q.options() == null || q.options().size() < 2)) {
                    errors.add(new FieldError("questions.options",
                            where + ": una pregunta de selección necesita al menos dos opciones."));
                }
                if (q.showIf() != null
                        && (q.showIf().question() == null || q.code() == null || !seen.contains(q.showIf().question())
                                || q.showIf().question().equals(q.code()))) {
                    errors.add(new FieldError("questions.showIf",
                            where + ": la condición debe referirse a una pregunta anterior."));
                }
            }
        }
        return errors;
    }

    public boolean visible(Question q, Map<String, Object> answers) {
        if (q.showIf() == null) {
            return true;
        }
        Object a = answers.get(q.showIf().question());
        Object want = q.showIf().equals();
        if (a == null) {
            return false;
        }
        if (a instanceof Collection<?> c) {
            return c.stream().anyMatch(x -> String.valueOf(x).equals(String.valueOf(want)));
        }
        return String.valueOf(a).equalsIgnoreCase(String.valueOf(want));
    }

    /** Checks the answers against this version; returns them normalised (numbers, booleans, dates as text). */
    public Map<String, Object> normalise(Map<String, Object> raw, List<FieldError> errors) {
        Map<String, Object> in = raw == null ? Map.of() : raw;
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Question> byCode = new LinkedHashMap<>();
        questions().forEach(q -> byCode.put(q.code(), q));
        for (String k : in.keySet()) {
            if (!byCode.containsKey(k)) {
                errors.add(new FieldError("answers." + k,
                        "La pregunta '" + k + "' no está en esta versión del instrumento."));
            }
        }
        for (Question q : byCode.values()) {
            Object v = in.get(q.code());
            boolean empty = v == null || (v instanceof String s && s.isBlank())
                    || (v instanceof Collection<?> c && c.isEmpty());
            if (!visible(q, out)) {
                continue;
            }
            if (empty) {
                if (q.required()) {
                    errors.add(new FieldError("answers." + q.code(), "La pregunta '" + q.text() + "' es obligatoria."));
                }
                continue;
            }
            Object value = answer(q, v, "answers." + q.code(), errors);
            if (value != null) {
                out.put(q.code(), value);
            }
        }
        return out;
    }

    /** One answer checked against its question's type; null (with the error) when it does not fit. */
    private static Object answer(Question q, Object v, String field, List<FieldError> errors) {
        switch (q.type()) {
            case "NUMBER" -> {
                try {
                    return new BigDecimal(String.valueOf(v).strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(field, "'" + q.text() + "': '" + v + "' no es un número."));
                }
            }
            case "DATE" -> {
                try {
                    return LocalDate.parse(String.valueOf(v).strip()).toString();
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field, "'" + q.text() + "': '" + v + "' no es una fecha (AAAA-MM-DD)."));
                }
            }
            case "YES_NO" -> {
                String s = String.valueOf(v).strip().toLowerCase();
                if (Set.of("true", "si", "sí", "s").contains(s)) {
                    return true;
                } else if (Set.of("false", "no", "n").contains(s)) {
                    return false;
                } else {
                    errors.add(new FieldError(field, "'" + q.text() + "': responda sí o no."));
                }
            }
            case "SINGLE" -> {
                if (!q.options().contains(String.valueOf(v))) {
                    errors.add(new FieldError(field, "'" + q.text() + "': '" + v + "' no es una de las opciones."));
                } else {
                    return String.valueOf(v);
                }
            }
            case "MULTIPLE" -> {
                List<String> chosen = new ArrayList<>();
                Collection<?> c = v instanceof Collection<?> col ? col : List.of(String.valueOf(v).split(";"));
                for (Object o : c) {
                    String s = String.valueOf(o).strip();
                    if (!q.options().contains(s)) {
                        errors.add(new FieldError(field, "'" + q.text() + "': '" + s + "' no es una de las opciones."));
                    } else {
                        chosen.add(s);
                    }
                }
                return chosen;
            }
            default -> {
                String s = String.valueOf(v).strip();
                if (s.length() > 2000) {
                    errors.add(new FieldError(field, "'" + q.text() + "': la respuesta admite 2.000 caracteres."));
                } else {
                    return s;
                }
            }
        }
        return null;
    }
}
