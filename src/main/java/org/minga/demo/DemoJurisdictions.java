package org.minga.demo;

import java.util.List;

import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewJurisdiction;
import org.minga.territory.TerritoryTree;
import org.springframework.stereotype.Component;

/** Bogotá D.C. (11001), San José de Cúcuta (54001) and San Antonio, Chile (05601), with their levels. */
@Component
record DemoJurisdictions(Jurisdictions jurisdictions, TerritoryTree tree) implements DemoDataset {

    record Level(String code, String name, int rank) {
    }

    record Spec(String code, String name, String country, String zone, List<Level> levels) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("11001", "Bogotá D.C.", "CO", "America/Bogota", List.of(
                    new Level("distrito", "Distrito", 0), new Level("zona", "Zona", 1),
                    new Level("localidad", "Localidad", 2), new Level("upz", "UPZ", 3),
                    new Level("barrio", "Barrio", 4))),
            new Spec("54001", "San José de Cúcuta", "CO", "America/Bogota", List.of(
                    new Level("municipio", "Municipio", 0), new Level("comuna", "Comuna", 1),
                    new Level("corregimiento", "Corregimiento", 1), new Level("barrio", "Barrio", 2),
                    new Level("vereda", "Vereda", 2))),
            new Spec("05601", "San Antonio", "CL", "America/Santiago", List.of(
                    new Level("comuna", "Comuna", 0), new Level("unidad_vecinal", "Unidad vecinal", 1))));

    @Override
    public String name() {
        return "jurisdictions";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        for (Spec spec : SPECS) {
            Jurisdiction j = jurisdictions.byCode(spec.code()).orElseGet(() -> jurisdictions
                    .create(new NewJurisdiction(spec.code(), spec.name(), spec.country(), spec.zone())));
            for (Level level : spec.levels()) {
                if (tree.level(j.id(), level.code()).isEmpty()) {
                    tree.defineLevel(DemoActor.SYSTEM, j.id(), level.code(), level.name(), level.rank());
                }
            }
        }
    }
}
