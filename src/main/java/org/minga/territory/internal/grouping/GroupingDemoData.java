package org.minga.territory.internal.grouping;

import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.territory.internal.variable.VariableCatalog;
import org.springframework.stereotype.Component;

/**
 * Saved groups by shared needs for the demo (issue 22): Cúcuta's barrios in three groups on the 2024 variables (the
 * fair form offers them as target groups) and Bogotá's localidades in four groups on the 2026 ones.
 */
@Component
record GroupingDemoData(Jurisdictions jurisdictions, VariableCatalog catalog, GroupingService service)
        implements
            DemoDataset {

    @Override
    public String name() {
        return "territory-groups";
    }

    @Override
    public int order() {
        return 314;
    }

    @Override
    public void load() {
        cluster("54001", "barrio", 2024, 3, "Barrios de Cúcuta por necesidades compartidas 2024",
                List.of("pobreza_ipm", "sisben_ab", "desempleo", "cobertura_media"));
        cluster("11001", "localidad", 2026, 4, "Localidades de Bogotá por necesidades compartidas 2026",
                List.of("pobreza_ipm", "sisben_ab", "desempleo", "personas_mayores", "cobertura_media"));
    }

    private void cluster(String code, String level, int year, int groups, String name, List<String> variables) {
        jurisdictions.byCode(code).ifPresent(j -> {
            if (!catalog.byCode(j.id()).keySet().containsAll(variables) || !catalog.yearsOf(j.id()).contains(year)
                    || catalog.levels(j.id()).stream().noneMatch(l -> l.code().equals(level))) {
                return;
            }
            CurrentUser demo = new CurrentUser(0, "demo", "Datos de demostración", Role.DISTRICT, j.id(), null);
            service.cluster(new ClusteringRequest(code, level, year, variables, groups, name), demo);
        });
    }
}
