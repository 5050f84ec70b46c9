package org.minga.platform.internal.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.minga.platform.FieldError;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A database refusal caused by the data (SQL states of class 22, "data exception", and 23, "integrity constraint
 * violation") told in Spanish with the field it concerns, never the raw SQL error. Used by the API, the pages and
 * the imports, so they all say the same thing.
 */
public final class DatabaseErrors {

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
    private static final Pattern KEY = Pattern.compile("Key \\(([^)]+)\\)=");

    /** What to answer: 400 for bad data, 409 for a clash with stored data, with the field errors. */
    public record Refusal(int status, String message, List<FieldError> errors) {
    }

    private DatabaseErrors() {
    }

    /** The refusal for an exception caused by the data, or null when the database failed for another reason. */
    public static Refusal of(Throwable e, JsonNode body) {
        SQLException sql = sqlException(e);
        if (sql == null || sql.getSQLState() == null) {
            return null;
        }
        String state = sql.getSQLState();
        ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String message = server != null && server.getMessage() != null ? server.getMessage()
                : sql.getMessage() == null ? "" : sql.getMessage();
        String column = server == null ? null : server.getColumn();
        String detail = server == null ? null : server.getDetail();
        switch (state) {
            case "22001" : {
                Matcher m = VARCHAR.matcher(message);
                int max = m.find() ? Integer.parseInt(m.group(1)) : -1;
                String problem = max > 0 ? "El texto es demasiado largo: el máximo es " + max + " caracteres."
                        : "El texto es demasiado largo.";
                return bad(problem, max > 0 ? longerThan(body, max) : List.of(), "texto");
            }
            case "22003" :
                return bad("El número está fuera del rango permitido.", bigNumbers(body), "número");
            case "22007" :
            case "22008" :
                return bad("La fecha u hora no es válida o está fuera del rango permitido.", List.of(), "fecha");
            case "22021" :
            case "22P05" :
                return bad("El texto tiene caracteres no permitidos.", List.of(), "texto");
            case "22P02" :
            case "22023" :
            case "22004" :
            case "22012" :
                return bad("Un valor no tiene el formato esperado o no es válido.", List.of(), "valor");
            case "23502" :
                return bad("Falta un dato obligatorio.", column == null ? List.of() : List.of(field(column)), "dato");
            case "23505" :
                return new Refusal(409, "Ya existe un registro con ese mismo valor.",
                        errors(keyFields(detail), "Ya existe un registro con este valor.", "valor"));
            case "23503" :
                if (message.contains("still referenced") || (detail != null && detail.contains("still referenced"))) {
                    return new Refusal(409, "El registro está en uso por otros datos y no se puede cambiar así.",
                            errors(List.of(), "El registro está en uso por otros datos.", "registro"));
                }
                return bad("Se refiere a un registro que no existe.", keyFields(detail), "referencia");
            case "23514" :
            case "23P01" :
                return bad("Un valor no cumple las reglas de este dato.", List.of(), "valor");
            default :
                if (state.startsWith("22") || state.startsWith("23")) {
                    return bad("Los datos no son válidos.", List.of(), "datos");
                }
                return null;
        }
    }

    private static Refusal bad(String problem, List<String> fields, String fallback) {
        return new Refusal(400, problem, errors(fields, problem, fallback));
    }

    private static List<FieldError> errors(List<String> fields, String problem, String fallback) {
        List<FieldError> errors = new ArrayList<>();
        for (String f : fields.isEmpty() ? List.of(fallback) : fields) {
            errors.add(new FieldError(f, problem));
        }
        return errors;
    }

    static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** {@code actor_id} as the API names it: {@code actorId}. */
    static String field(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.strip().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static List<String> keyFields(String detail) {
        if (detail == null) {
            return List.of();
        }
        Matcher m = KEY.matcher(detail);
        if (!m.find()) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        for (String c : m.group(1).split(",")) {
            String name = c.strip().toLowerCase(Locale.ROOT);
            if (!name.equals("jurisdiction_id") && name.matches("[a-z_0-9]+")) {
                fields.add(field(name));
            }
        }
        return fields;
    }

    /** The fields of the request body whose text is longer than the column that refused it. */
    private static List<String> longerThan(JsonNode body, int max) {
        List<String> found = new ArrayList<>();
        walk(body, "", (path, node) -> {
            if (node.isTextual() && node.asText().length() > max) {
                found.add(path);
            }
        });
        return found;
    }

    private static List<String> bigNumbers(JsonNode body) {
        List<String> found = new ArrayList<>();
        walk(body, "", (path, node) -> {
            if (node.isNumber() && Math.abs(node.asDouble()) >= 1e9) {
                found.add(path);
            }
        });
        return found;
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(
                    f -> walk(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        } else if (!path.isEmpty()) {
            visitor.visit(path, node);
        }
    }
}
