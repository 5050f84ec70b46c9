package org.minga.platform.internal.time;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import org.minga.platform.Times;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Wires {@link Times} into what people read: the {@code #times} expression object of every Thymeleaf template
 * (pages and PDFs alike) and the JSON of the API, where every instant carries the offset of the jurisdiction of
 * the record it belongs to (a record with a {@code jurisdictionId}), else of the request's zone.
 */
@Configuration(proxyBeanMethods = false)
class TimesConfiguration {

    @Bean
    TimesDialect timesDialect(Times times) {
        return new TimesDialect(times);
    }

    @Bean
    com.fasterxml.jackson.databind.Module mingaTimesJacksonModule(Times times) {
        SimpleModule module = new SimpleModule("minga-times");
        module.addSerializer(OffsetDateTime.class, new InstantSerializer<>(times));
        module.addSerializer(ZonedDateTime.class, new InstantSerializer<>(times));
        module.addSerializer(Instant.class, new InstantSerializer<>(times));
        module.setSerializerModifier(new JurisdictionZoneModifier(times));
        return module;
    }

    static final class TimesDialect extends AbstractDialect implements IExpressionObjectDialect {

        private final Times times;

        TimesDialect(Times times) {
            super("minga-times");
            this.times = times;
        }

        @Override
        public IExpressionObjectFactory getExpressionObjectFactory() {
            return new IExpressionObjectFactory() {
                @Override
                public Set<String> getAllExpressionObjectNames() {
                    return Set.of("times");
                }

                @Override
                public Object buildObject(IExpressionContext context, String name) {
                    return times;
                }

                @Override
                public boolean isCacheable(String name) {
                    return true;
                }
            };
        }
    }

    /** An instant in the request's zone, with its offset: 2026-03-21T21:30:00-05:00. */
    static final class InstantSerializer<T> extends JsonSerializer<T> {

        private final Times times;

        InstantSerializer(Times times) {
            this.times = times;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(times.offset(value, null).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }

    /** In a record that belongs to a jurisdiction, its instants take that jurisdiction's offset. */
    static final class JurisdictionZoneModifier extends BeanSerializerModifier {

        private static final Set<Class<?>> INSTANTS = Set.of(OffsetDateTime.class, ZonedDateTime.class, Instant.class);

        private final Times times;

        JurisdictionZoneModifier(Times times) {
            this.times = times;
        }

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription beanDesc,
                List<BeanPropertyWriter> properties) {
            BeanPropertyWriter jurisdiction = properties.stream()
                    .filter(p -> p.getName().equals("jurisdictionId")).findFirst().orElse(null);
            if (jurisdiction == null) {
                return properties;
            }
            return properties.stream().map(p -> INSTANTS.contains(p.getType().getRawClass())
                    ? new ZonedWriter(p, jurisdiction, times) : p).toList();
        }
    }

    static final class ZonedWriter extends BeanPropertyWriter {

        private final BeanPropertyWriter jurisdiction;
        private final Times times;

        ZonedWriter(BeanPropertyWriter base, BeanPropertyWriter jurisdiction, Times times) {
            super(base);
            this.jurisdiction = jurisdiction;
            this.times = times;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            Object value = get(bean);
            Object jurisdictionId = jurisdiction.get(bean);
            if (value == null || !(jurisdictionId instanceof Number)) {
                super.serializeAsField(bean, gen, prov);
                return;
            }
            gen.writeFieldName(_name);
            gen.writeString(times.offset(value, jurisdictionId).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }
}
