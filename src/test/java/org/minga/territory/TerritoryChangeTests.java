package org.minga.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.minga.MingaTest;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A territory's own fields change under optimistic locking; a move carries its whole subtree (the Territory aggregate). */
@MingaTest
class TerritoryChangeTests {

    @Autowired
    TerritoryTree tree;
    @Autowired
    Territories territories;
    @Autowired
    Jurisdictions jurisdictions;

    @Test
    void aStaleVersionIsRefusedAndAMoveCarriesTheSubtree() {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        CurrentUser admin = new CurrentUser(0, "admin", "Administración", Role.ADMINISTRATOR, bogota, null);
        TerritoryView suba = territories.byCode(bogota, "11").orElseThrow();
        TerritoryView kennedy = territories.byCode(bogota, "08").orElseThrow();
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        TerritoryView upz = tree.create(admin, new NewTerritory(bogota, "upz", suba.id(), "T-UPZ-" + suffix,
                "UPZ de prueba " + suffix, AreaType.URBAN, 100));
        TerritoryView barrio = tree.create(admin, new NewTerritory(bogota, "barrio", upz.id(), "T-B-" + suffix,
                "Barrio de prueba " + suffix, AreaType.URBAN, 10));

        TerritoryView renamed = tree.change(admin, upz.id(), new TerritoryChange("UPZ renombrada " + suffix,
                suba.id(), AreaType.MIXED, 120, upz.version()));
        assertThat(renamed.name()).isEqualTo("UPZ renombrada " + suffix);
        assertThat(renamed.areaType()).isEqualTo(AreaType.MIXED);
        assertThat(renamed.population()).isEqualTo(120);
        assertThat(renamed.version()).isEqualTo(upz.version() + 1);
        assertThatThrownBy(() -> tree.change(admin, upz.id(),
                new TerritoryChange("Otra", suba.id(), AreaType.RURAL, 1, upz.version())))
                        .isInstanceOf(ConflictException.class)
                        .hasMessageContaining("Otra persona modificó este territorio");

        TerritoryView moved = tree.change(admin, upz.id(), new TerritoryChange(renamed.name(), kennedy.id(),
                AreaType.MIXED, 120, renamed.version()));
        assertThat(moved.path()).isEqualTo(kennedy.path() + upz.id() + "/");
        assertThat(territories.byId(barrio.id()).orElseThrow().path()).startsWith(moved.path());
    }
}
