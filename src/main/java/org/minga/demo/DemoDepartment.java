package org.minga.demo;

import java.util.List;

import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewJurisdiction;
import org.minga.territory.AreaType;
import org.minga.territory.NewTerritory;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryTree;
import org.springframework.stereotype.Component;

/**
 * Norte de Santander (department 54) over Cúcuta, Villa del Rosario and Los Patios (issue 22): the two neighbours
 * as municipalities with their root territory (demonstration populations, approximate), and the department that
 * groups the three. Its user (gobernacion.nds) sees their figures aggregated.
 */
@Component
record DemoDepartment(Jurisdictions jurisdictions, TerritoryTree tree, Territories territories)
        implements
            DemoDataset {

    record Municipality(String code, String name, int population) {
    }

    static final List<Municipality> NEIGHBOURS = List.of(new Municipality("54874", "Villa del Rosario", 97_000),
            new Municipality("54405", "Los Patios", 82_000));

    @Override
    public String name() {
        return "norte-de-santander";
    }

    @Override
    public int order() {
        // after the territories (100), before the users (900)
        return 150;
    }

    @Override
    public void load() {
        for (Municipality m : NEIGHBOURS) {
            Jurisdiction j = jurisdictions.byCode(m.code()).orElseGet(() -> jurisdictions
                    .create(new NewJurisdiction(m.code(), m.name(), "CO", "America/Bogota")));
            if (tree.level(j.id(), "municipio").isEmpty()) {
                tree.defineLevel(DemoActor.SYSTEM, j.id(), "municipio", "Municipio", 0);
                tree.defineLevel(DemoActor.SYSTEM, j.id(), "barrio", "Barrio", 1);
            }
            if (territories.byCode(j.id(), m.code()).isEmpty()) {
                tree.create(DemoActor.SYSTEM, new NewTerritory(j.id(), "municipio", null, m.code(), m.name(),
                        AreaType.MIXED, m.population()));
            }
        }
        if (jurisdictions.byCode("54").isEmpty()) {
            jurisdictions.createDepartment("54", "Norte de Santander", "CO", "America/Bogota",
                    List.of("54001", "54874", "54405"));
        }
    }
}
