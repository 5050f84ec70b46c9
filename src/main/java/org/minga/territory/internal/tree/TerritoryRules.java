package org.minga.territory.internal.tree;

import java.util.List;

import org.minga.platform.FieldError;
import org.minga.territory.TerritoryLevelView;
import org.minga.territory.TerritoryView;

/** How levels nest: a root level has no parent; any other level hangs from a level above it. */
final class TerritoryRules {

    private TerritoryRules() {
    }

    static List<FieldError> parentFits(TerritoryLevelView level, TerritoryView parent) {
        if (level.rank() == 0 && parent != null) {
            return List.of(new FieldError("parentId", "Un territorio de nivel " + level.name() + " no tiene padre."));
        }
        if (level.rank() > 0 && parent == null) {
            return List
                    .of(new FieldError("parentId", "Un territorio de nivel " + level.name() + " necesita un padre."));
        }
        if (parent != null && parent.levelRank() >= level.rank()) {
            return List.of(new FieldError("parentId", "Un(a) " + parent.levelName() + " no puede contener un(a) "
                    + level.name() + ": el padre debe ser de un nivel superior."));
        }
        return List.of();
    }
}
