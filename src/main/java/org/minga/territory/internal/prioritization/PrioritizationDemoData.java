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
import org.springframework.stereotype.Component;

/** One saved example run over Bogotá's localidades, when the demo variables are there. */
@Component
record PrioritizationDemoData(JdbcClient jdbc, VariableCatalog catalog,
        PrioritizationService service) implements DemoDataset {

    static final String NAME = "Priorización demostrativa 2024";

    @Override
    public String name() {
        return "bogota-prioritization-2024";
    }

    @Override
    public int order() {
        return 310;
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
        service.run(new RunRequest("11001", "localidad", 2024, choices, NAME), demo);
    }
}
