package org.minga.platform.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before anything starts, what "demo" and "production" mean (issue 16):
 * <ul>
 * <li>demo mode ({@code minga.demo}, {@code MINGA_DEMO}): on by default only with the embedded database; with an
 * external database ({@code MINGA_DB_URL}) only when asked for explicitly, so a real server never gets the demo
 * users and their published password by accident;</li>
 * <li>the OpenAPI document and Swagger UI ({@code minga.api-docs}, {@code MINGA_API_DOCS}): on in demo mode, off
 * otherwise ("production"), unless set.</li>
 * </ul>
 * The decisions are written back as properties, so every {@code minga.demo} and {@code springdoc.*} check reads them.
 */
public class ProductionDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> decided = new HashMap<>();
        boolean external = !blank(environment.getProperty("minga.db.url"));
        boolean demo = decide(environment.getProperty("minga.demo"), !external);
        boolean docs = decide(environment.getProperty("minga.api-docs"), demo);
        decided.put("minga.demo", demo);
        decided.put("minga.api-docs", docs);
        decided.put("springdoc.api-docs.enabled", docs);
        decided.put("springdoc.swagger-ui.enabled", docs);
        environment.getPropertySources().addFirst(new MapPropertySource("mingaProductionDefaults", decided));
    }

    /** An explicit true/false wins; blank takes the default; anything else is a configuration error, said plainly. */
    static boolean decide(String configured, boolean byDefault) {
        if (blank(configured)) {
            return byDefault;
        }
        return switch (configured.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on", "si", "sí" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("Valor no válido '" + configured + "': use true o false.");
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
