package org.minga.practice.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.minga.platform.FieldError;

/**
 * The answers of a practice (question key → text, list of chosen options, or table rows) and the rules a
 * format puts on them: word limits always, required answers of the practice's level when it is sent.
 */
final class Answers {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()-]{7,20}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,%-]*");

    private Answers() {
    }

    static int words(String text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean isBlank(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return s.isBlank();
        }
        if (value instanceof List<?> l) {
            return l.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        return false;
    }

    /** The level the answers declare (1 or 2), or {@code fallback} when the format has no level question. */
    static int level(FormatDefinition def, Map<String, Object> answers, int fallback) {
        if (def.levelQuestion() == null) {
            return fallback;
        }
        Object v = answers.get(def.levelQuestion());
        return "2".equals(v) ? 2 : 1;
    }

    /** Sí / No / unknown from the format's authorization question. */
    static Boolean authorization(FormatDefinition def, Map<String, Object> answers) {
        if (def.authorizationQuestion() == null) {
            return null;
        }
        Object v = answers.get(def.authorizationQuestion());
        return "si".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
    }

    /** Keeps only the answers to questions of the format, trimmed; the rest is dropped. */
    static Map<String, Object> clean(FormatDefinition def, Map<String, Object> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FormatDefinition.Item q : def.questions()) {
            Object v = raw.get(q.key());
            if (v instanceof String s) {
                if (!s.isBlank()) {
                    out.put(q.key(), s.strip().replace("\r\n", "\n"));
                }
            } else if (v instanceof List<?> l && !l.isEmpty()) {
                if ("table".equals(q.type())) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    for (Object row : l) {
                        if (row instanceof Map<?, ?> m) {
                            Map<String, String> r = new LinkedHashMap<>();
                            for (FormatDefinition.Column c : q.tableColumns()) {
                                Object cell = m.get(c.key());
                                if (cell != null && !cell.toString().isBlank()) {
                                    r.put(c.key(), cell.toString().strip());
                                }
                            }
                            if (!r.isEmpty()) {
                                rows.add(r);
                            }
                        }
                    }
                    if (!rows.isEmpty()) {
                        out.put(q.key(), rows);
                    }
                } else {
                    List<String> values = l.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
                    if (!values.isEmpty()) {
                        out.put(q.key(), values);
                    }
                }
            } else if (v instanceof Boolean b && b) {
                out.put(q.key(), "si");
            } else if (v instanceof Number n) {
                out.put(q.key(), n.toString());
            }
        }
        return out;
    }

    /**
     * The problems with the answers. Format problems (word limits, e-mail, dates, options, numbers) are
     * always checked, so a draft never stores what can never be sent; required answers only when sending.
     */
    static List<FieldError> check(FormatDefinition def, int level, Map<String, Object> answers, boolean sending) {
        List<FieldError> errors = new ArrayList<>();
        for (FormatDefinition.Item q : def.questions()) {
            String field = "answers." + q.key();
            Object v = answers.get(q.key());
            String name = "«" + shortLabel(q.label()) + "»";
            if (isBlank(v)) {
                if (sending && q.mandatory() && q.appliesTo(level) && !"attachments".equals(q.type())) {
                    errors.add(new FieldError(field, level == 2 && q.levels() != null && q.levels().equals(List.of(2))
                            ? "La pregunta " + name + " es obligatoria para una práctica de segundo nivel."
                            : "La pregunta " + name + " es obligatoria."));
                }
                continue;
            }
            String text = v instanceof String s ? s : null;
            if (q.maxWords() != null && text != null) {
                int n = words(text);
                if (n > q.maxWords()) {
                    errors.add(new FieldError(field, "La respuesta a " + name + " tiene " + n
                            + " palabras; el máximo es " + q.maxWords() + "."));
                }
            }
            checkType(q, field, name, v, text, errors);
        }
        return errors;
    }

    /** The problems with one answer given the question's type (e-mail, phone, date, options, number, table...). */
    private static void checkType(FormatDefinition.Item q, String field, String name, Object v, String text,
            List<FieldError> errors) {
        switch (q.type()) {
            case "email" -> {
                if (text == null || !EMAIL.matcher(text).matches()) {
                    errors.add(new FieldError(field,
                            name + " no es un correo electrónico válido (ejemplo: nombre@entidad.gov.co)."));
                }
            }
            case "phone" -> {
                if (text == null || !PHONE.matcher(text).matches()) {
                    errors.add(new FieldError(field, name + " debe ser un número de teléfono de 7 a 20 dígitos."));
                }
            }
            case "date" -> {
                try {
                    LocalDate.parse(String.valueOf(v));
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field, name + " debe ser una fecha (AAAA-MM-DD)."));
                }
            }
            case "choice", "yesno" -> {
                if (q.choices().stream().noneMatch(o -> o.value().equals(v))) {
                    errors.add(new FieldError(field, name + ": elija una de las opciones."));
                }
            }
            case "multichoice" -> {
                List<?> chosen = v instanceof List<?> l ? l : List.of(v);
                for (Object c : chosen) {
                    if (q.choices().stream().noneMatch(o -> o.value().equals(c))) {
                        errors.add(new FieldError(field, name + ": la opción «" + c + "» no existe."));
                    }
                }
            }
            case "number" -> {
                if (parseNumber(String.valueOf(v)) == null) {
                    errors.add(new FieldError(field, name + " debe ser un número."));
                }
            }
            case "table" -> checkTable(q, field, name, v, errors);
            case "acceptance" -> {
                if (!"si".equals(v)) {
                    errors.add(new FieldError(field, name + ": marque la casilla para aceptar."));
                }
            }
            default -> {
            }
        }
    }

    /** Number columns of a table answer hold numbers, row by row. */
    private static void checkTable(FormatDefinition.Item q, String field, String name, Object v,
            List<FieldError> errors) {
        if (!(v instanceof List<?> rows)) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)instanceof Map<?, ?> row) {
                for (FormatDefinition.Column c : q.tableColumns()) {
                    Object cell = row.get(c.key());
                    if ("number".equals(c.type()) && cell != null && parseNumber(cell.toString()) == null) {
                        errors.add(new FieldError(field, name + ", fila " + (i + 1) + ": «" + c.label()
                                + "» debe ser un número (no «" + cell + "»)."));
                    }
                }
            }
        }
    }

    static java.math.BigDecimal parseNumber(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replace(" ", "");
        if (t.matches("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            t = t.replace(".", "").replace(',', '.');
        } else {
            t = t.replace(',', '.');
        }
        try {
            return new java.math.BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String shortLabel(String label) {
        if (label == null) {
            return "";
        }
        return label.length() <= 90 ? label : label.substring(0, 87) + "…";
    }

    /** The answer as readable text (for diffs, search and the PDF of lists). */
    static String asText(FormatDefinition.Item q, Object v) {
        if (isBlank(v)) {
            return "";
        }
        if (v instanceof String s) {
            if (!q.choices().isEmpty()) {
                return q.choices().stream().filter(o -> o.value().equals(s)).map(FormatDefinition.Option::label)
                        .findFirst().orElse(s);
            }
            if ("acceptance".equals(q.type())) {
                return "si".equals(s) ? "Aceptado" : "";
            }
            return s;
        }
        if (v instanceof List<?> l) {
            if ("table".equals(q.type())) {
                List<String> lines = new ArrayList<>();
                for (Object row : l) {
                    if (row instanceof Map<?, ?> m) {
                        List<String> cells = new ArrayList<>();
                        for (FormatDefinition.Column c : q.tableColumns()) {
                            Object cell = m.get(c.key());
                            cells.add(c.label() + ": " + (cell == null ? "" : cell));
                        }
                        lines.add(String.join(" · ", cells));
                    }
                }
                return String.join("\n", lines);
            }
            List<String> labels = new ArrayList<>();
            for (Object o : l) {
                labels.add(q.choices().stream().filter(c -> c.value().equals(o)).map(FormatDefinition.Option::label)
                        .findFirst().orElse(String.valueOf(o)));
            }
            return String.join("; ", labels);
        }
        return String.valueOf(v);
    }
}
