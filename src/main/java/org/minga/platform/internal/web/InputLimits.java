package org.minga.platform.internal.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every JSON body may hold, checked once when it is read, before any module sees it: no text with a NUL or
 * other control character (PostgreSQL refuses NUL), no text longer than {@link #MAX_TEXT} characters, no date
 * outside {@link #MIN_YEAR}–{@link #MAX_YEAR}, no number that is not finite. A value that breaks a rule is
 * refused as {@link BadValue}, which the API answers with 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class InputLimits {

    /** No text field of any form is longer; column lengths are checked as the database reports them. */
    public static final int MAX_TEXT = 100_000;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    /** A value Jackson read but Minga refuses; the message is Spanish and can be shown as it is. */
    public static final class BadValue extends JsonMappingException {

        BadValue(JsonParser parser, String message) {
            super(parser, message);
        }

        /** The Spanish message without Jackson's location suffix. */
        public String reason() {
            return getOriginalMessage();
        }
    }

    /** A list never holds null: {@code "members": [null]} is refused while read, not found by a module later. */
    @Bean
    org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer noNullsInLists() {
        return builder -> builder.postConfigurer(mapper -> {
            for (Class<?> type : java.util.List.of(java.util.List.class, java.util.Set.class,
                    java.util.Collection.class)) {
                mapper.configOverride(type).setSetterInfo(
                        com.fasterxml.jackson.annotation.JsonSetter.Value
                                .forContentNulls(com.fasterxml.jackson.annotation.Nulls.FAIL));
            }
        });
    }

    /** Spring Boot registers every Jackson module bean with the one ObjectMapper the API uses. */
    @Bean
    SimpleModule inputLimitsModule() {
        SimpleModule m = new SimpleModule("minga-input-limits");
        m.addDeserializer(String.class, new JsonDeserializer<>() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return text(p, StringDeserializer.instance.deserialize(p, ctxt));
            }
        });
        m.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                LocalDate d = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
                return d == null ? null : year(p, d, d.getYear());
            }
        });
        m.addDeserializer(LocalDateTime.class, new JsonDeserializer<>() {
            @Override
            public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                LocalDateTime d = LocalDateTimeDeserializer.INSTANCE.deserialize(p, ctxt);
                return d == null ? null : year(p, d, d.getYear());
            }
        });
        m.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                Instant i = InstantDeserializer.INSTANT.deserialize(p, ctxt);
                return i == null ? null : year(p, i, i.atOffset(ZoneOffset.UTC).getYear());
            }
        });
        m.addDeserializer(OffsetDateTime.class, new JsonDeserializer<>() {
            @Override
            public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                OffsetDateTime o = InstantDeserializer.OFFSET_DATE_TIME.deserialize(p, ctxt);
                return o == null ? null : year(p, o, o.getYear());
            }
        });
        m.addDeserializer(Double.class, finite(new NumberDeserializers.DoubleDeserializer(Double.class, null)));
        m.addDeserializer(double.class, finite(new NumberDeserializers.DoubleDeserializer(Double.TYPE, 0d)));
        return m;
    }

    private static JsonDeserializer<Double> finite(NumberDeserializers.DoubleDeserializer standard) {
        return new JsonDeserializer<>() {
            @Override
            public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                Double d = standard.deserialize(p, ctxt);
                if (d != null && (d.isNaN() || d.isInfinite())) {
                    throw new BadValue(p, "El número no es válido o es demasiado grande.");
                }
                return d;
            }

            @Override
            public Double getNullValue(DeserializationContext ctxt) throws JsonMappingException {
                return standard.getNullValue(ctxt);
            }
        };
    }

    /** The text as sent, or a {@link BadValue} saying why it cannot be stored. */
    static String text(JsonParser p, String s) throws BadValue {
        if (s == null) {
            return null;
        }
        String problem = textProblem(s);
        if (problem != null) {
            throw new BadValue(p, problem);
        }
        return s;
    }

    /** Why a text typed in a form or sent in JSON cannot be stored, in Spanish; null when it can. */
    public static String textProblem(String s) {
        if (s.length() > MAX_TEXT) {
            return "El texto es demasiado largo: tiene " + s.length() + " caracteres y el máximo es " + MAX_TEXT + ".";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return "El texto tiene un carácter de control no permitido (código " + (int) c + ").";
            }
        }
        return null;
    }

    static <T> T year(JsonParser p, T value, int year) throws BadValue {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BadValue(p, "La fecha debe estar entre los años " + MIN_YEAR + " y " + MAX_YEAR + ".");
        }
        return value;
    }
}
