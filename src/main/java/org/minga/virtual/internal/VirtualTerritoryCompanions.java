package org.minga.virtual.internal;

import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.minga.territory.TerritoryCompanions;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * The virtual territories on a physical territory's page in the tree: those run from it or reaching it (the page is
 * already checked against the user's scope; a virtual territory is shown only to who may open it).
 */
@Component
record VirtualTerritoryCompanions(VirtualTerritoryReadModel read, VirtualAccess access,
        Labels labels) implements TerritoryCompanions {

    @Override
    public List<Companion> of(TerritoryView territory, CurrentUser user) {
        return read.touching(territory.id()).stream()
                .filter(v -> access.readable(v.jurisdictionId(), v.territoryPath(), user))
                .map(v -> new Companion(labels.of(v.kind()), v.name(), "/virtual/" + v.id())).toList();
    }
}
