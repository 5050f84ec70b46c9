package org.minga.territory.internal.variable;

import org.minga.platform.CurrentUser;
import org.minga.platform.Role;

/** The two social variables the index tests share: poverty (higher is worse) and coverage (higher is better). */
public final class TestVariables {

    private TestVariables() {
    }

    /**
     * Defines "pobreza" and "cobertura" in the jurisdiction {@code code} (id {@code jurisdictionId}) unless it has
     * variables already; answers whether it defined them (the caller then loads its values).
     */
    public static boolean defineTwo(VariableCatalog catalog, long jurisdictionId, String code) {
        if (!catalog.byCode(jurisdictionId).isEmpty()) {
            return false;
        }
        CurrentUser admin = new CurrentUser(1, "admin-prueba", "Administradora", Role.ADMINISTRATOR, null, null);
        catalog.create(new VariableForm(code, "pobreza", "Pobreza", null, "%", "Encuesta", "HIGHER_IS_WORSE", null),
                admin);
        catalog.create(new VariableForm(code, "cobertura", "Cobertura", null, "%", "SED", "HIGHER_IS_BETTER", null),
                admin);
        return true;
    }
}
