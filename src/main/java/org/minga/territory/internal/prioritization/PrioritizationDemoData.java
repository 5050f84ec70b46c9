package org.minga.territory.internal.prioritization;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Role;
import org.minga.territory.internal.variable.SocialVariable;
import org.minga.territory.internal.variable.VariableCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A saved example run over Bogotá's localidades for {@code year}, when the demo variables are there: 2024, and
 * 2026 with the same method so the two can be compared before and after.
 */
record PrioritizationDemoData(JdbcClient jdbc, VariableCatalog catalog, PrioritizationService service, int year,
        int order) implements DemoDataset {

    /** The demo runs: 2024 and 2026. */
    @Configuration(proxyBeanMethods = false)
    static class Runs {
        @Bean
        DemoDataset bogotaPrioritization2024(JdbcClient jdbc, VariableCatalog catalog,
                PrioritizationService service) {
            return new PrioritizationDemoData(jdbc, catalog, service, 2024, 310);
        }

        @Bean
        DemoDataset bogotaPrioritization2026(JdbcClient jdbc, VariableCatalog catalog,
                PrioritizationService service) {
            return new PrioritizationDemoData(jdbc, catalog, service, 2026, 311);
        }
    }

    @Override
    public String name() {
        return "bogota-prioritization-" + year;
    }

    @Override
    public void load() {
        Optional<Long> j = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).optional();
        if (j.isEmpty()) {
            return;
        }
        Map<String, SocialVariable> variables = catalog.byCode(j.get());
        Map<String, Integer> weights = Map.of("pobreza_ipm", 3, "sisben_ab", 2, "desempleo", 2,
                "cobertura_media", 1, "personas_mayores", 1, "poblacion_total", 1);
        List<RunRequest.VariableChoice> choices = weights.keySet().stream().sorted()
                .filter(variables::containsKey)
                .map(code -> new RunRequest.VariableChoice(code, BigDecimal.valueOf(weights.get(code)), null))
                .toList();
        boolean localidades = jdbc.sql("""
                select exists(select 1 from territory t join territory_level l on l.id = t.level_id
                where t.jurisdiction_id = :j and l.code = 'localidad')""")
                .param("j", j.get()).query(Boolean.class).single();
        if (choices.size() < weights.size() || !localidades) {
            return;
        }
        CurrentUser demo = new CurrentUser(0, "demo", "Datos de demostración", Role.DISTRICT, j.get(), null);
        if (!catalog.yearsOf(j.get()).contains(year)) {
            return;
        }
        service.run(new RunRequest("11001", "localidad", year, choices, "Priorización demostrativa " + year), demo);
    }
}
