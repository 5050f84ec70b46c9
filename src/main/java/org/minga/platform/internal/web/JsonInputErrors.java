package org.minga.platform.internal.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.minga.platform.FieldError;
import org.minga.platform.MingaException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.MissingPathVariableException;

/** A JSON body Jackson could not read, told in Spanish with the field it concerns ({@code members[0].actor}). */
final class JsonInputErrors {

    static final String BODY = "body";

    private JsonInputErrors() {
    }

    static FieldError describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof InputLimits.BadValue bad) {
            return new FieldError(path(bad), bad.reason());
        }
        if (cause instanceof ValueInstantiationException vi) {
            Throwable root = vi.getCause();
            String message = root instanceof MingaException m ? m.getMessage()
                    : "Faltan datos obligatorios o alguno no es válido.";
            return new FieldError(path(vi), message);
        }
        if (cause instanceof InvalidFormatException invalid) {
            return new FieldError(path(invalid),
                    "El valor «" + shorten(invalid.getValue()) + "» no es válido: se esperaba "
                            + expected(invalid.getTargetType()) + ".");
        }
        if (cause instanceof com.fasterxml.jackson.databind.exc.InvalidNullException empty) {
            return new FieldError(path(empty), "La lista no puede tener elementos vacíos (null).");
        }
        if (cause instanceof MismatchedInputException mismatched) {
            if (mismatched.getPath().isEmpty() && mismatched.getTargetType() != null
                    && !Collection.class.isAssignableFrom(mismatched.getTargetType())
                    && !Map.class.isAssignableFrom(mismatched.getTargetType())
                    && mismatched.getMessage() != null && mismatched.getMessage().contains("No content")) {
                return new FieldError(BODY, "Falta el cuerpo de la solicitud (un objeto JSON).");
            }
            return new FieldError(path(mismatched), "Tipo de dato incorrecto: se esperaba "
                    + expected(mismatched.getTargetType()) + ".");
        }
        if (cause instanceof JsonMappingException mapping) {
            return new FieldError(path(mapping), "El valor no es válido.");
        }
        if (cause instanceof InputCoercionException coercion) {
            return new FieldError(path(coercion.getProcessor()), "El número está fuera del rango permitido.");
        }
        if (cause instanceof JsonParseException parse) {
            return new FieldError(BODY, "El cuerpo no es un JSON válido" + location(parse) + ".");
        }
        if (cause instanceof StreamReadException read) {
            return new FieldError(path(read.getProcessor()), "El valor no es válido" + location(read) + ".");
        }
        return new FieldError(BODY, "Falta el cuerpo de la solicitud o no es un JSON válido.");
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (línea " + e.getLocation().getLineNr() + ", columna "
                + e.getLocation().getColumnNr() + ")";
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? BODY : out.toString();
    }

    /** The path of the value the parser was reading, from its contexts: the number too big for its field. */
    static String path(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return BODY;
        }
        java.util.LinkedList<String> parts = new java.util.LinkedList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String out = String.join("", parts);
        out = out.startsWith(".") ? out.substring(1) : out;
        return out.isEmpty() ? BODY : out.toString();
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "otro tipo de dato";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "un número entero";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "un número";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "verdadero o falso (true o false)";
        }
        if (type == LocalDate.class) {
            return "una fecha AAAA-MM-DD";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == LocalDateTime.class) {
            return "una fecha y hora como 2025-05-01T15:00:00Z";
        }
        if (type == LocalTime.class) {
            return "una hora HH:MM";
        }
        if (type == UUID.class) {
            return "un identificador UUID";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "un texto";
        }
        if (type.isEnum()) {
            return "uno de: "
                    + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "una lista";
        }
        return "un objeto JSON";
    }

    private static String shorten(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Spring's own 4xx answers in Spanish. */
    static String springProblem(Exception ex, int status) {
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "El tipo de contenido no se admite: envíe JSON (application/json).";
        }
        if (ex instanceof org.springframework.web.servlet.resource.NoResourceFoundException r) {
            return "La dirección /" + r.getResourcePath() + " no existe en la API.";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException m) {
            return "El método " + m.getMethod() + " no se admite en esta dirección.";
        }
        if (ex instanceof MissingServletRequestParameterException m) {
            return "Falta el parámetro «" + m.getParameterName() + "».";
        }
        if (ex instanceof MissingPathVariableException m) {
            return "Falta «" + m.getVariableName() + "» en la dirección.";
        }
        return switch (status) {
            case 400 -> "La solicitud no es válida.";
            case 404 -> "No encontrado.";
            case 405 -> "Método no admitido.";
            case 406 -> "No se puede responder en el formato pedido.";
            case 413 -> "La solicitud es demasiado grande.";
            case 415 -> "El tipo de contenido no se admite.";
            default -> "La solicitud no es válida.";
        };
    }

    static String springField(Exception ex) {
        if (ex instanceof MissingServletRequestParameterException m) {
            return m.getParameterName();
        }
        if (ex instanceof org.springframework.beans.TypeMismatchException t && t.getPropertyName() != null) {
            return t.getPropertyName();
        }
        return "solicitud";
    }
}
