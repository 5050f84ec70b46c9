package org.minga.territory.internal.prioritization;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.territory.internal.variable.VariableCatalog;
import org.springframework.stereotype.Component;

/**
 * A saved run over Cúcuta's barrios for 2024 (issue 22), so the fair form lists the barrios with the most need
 * first: poverty and SISBEN weigh most, as in Bogotá's demo run.
 */
@Component
record CucutaPrioritizationDemoData(Jurisdictions jurisdictions, VariableCatalog catalog,
        PrioritizationService service) implements DemoDataset {

    static final Map<String, Integer> WEIGHTS = Map.of("pobreza_ipm", 3, "sisben_ab", 2, "desempleo", 2,
            "cobertura_media", 1);

    @Override
    public String name() {
        return "cucuta-prioritization-barrios-2024";
    }

    @Override
    public int order() {
        return 313;
    }

    @Override
    public void load() {
        jurisdictions.byCode("54001").ifPresent(j -> {
            if (!catalog.byCode(j.id()).keySet().containsAll(WEIGHTS.keySet())
                    || !catalog.yearsOf(j.id()).contains(2024)
                    || catalog.levels(j.id()).stream().noneMatch(l -> l.code().equals("barrio"))) {
                return;
            }
            List<RunRequest.VariableChoice> choices = WEIGHTS.keySet().stream().sorted()
                    .map(code -> new RunRequest.VariableChoice(code, BigDecimal.valueOf(WEIGHTS.get(code)), null))
                    .toList();
            CurrentUser demo = new CurrentUser(0, "demo", "Datos de demostración", Role.DISTRICT, j.id(), null);
            service.run(new RunRequest("54001", "barrio", 2024, choices, "Priorización de barrios de Cúcuta 2024"),
                    demo);
        });
    }
}
