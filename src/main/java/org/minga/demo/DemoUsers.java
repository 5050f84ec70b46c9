package org.minga.demo;

import java.util.List;

import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewUser;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.territory.Territories;
import org.springframework.stereotype.Component;

/** The demo users of the README, all with password minga2026. */
@Component
record DemoUsers(UserAccounts accounts, Jurisdictions jurisdictions, Territories territories) implements DemoDataset {

    record Spec(String username, String fullName, Role role, String jurisdiction, String territory) {
    }

    static final List<Spec> USERS = List.of(
            new Spec("admin", "Administración Minga", Role.ADMINISTRATOR, null, null),
            new Spec("distrito", "Equipo distrital Bogotá", Role.DISTRICT, "11001", null),
            new Spec("zona.norte", "Coordinación zona Norte", Role.ZONAL, "11001", "ZN"),
            new Spec("local.suba", "Equipo local Suba", Role.LOCAL, "11001", "11"),
            new Spec("campo.suba", "Equipo de campo Suba", Role.FIELD_TEAM, "11001", "11"),
            new Spec("evaluador", "Evaluación de buenas prácticas", Role.PRACTICE_EVALUATOR, "11001", null),
            new Spec("consulta.kennedy", "Consulta Kennedy", Role.READ_ONLY, "11001", "08"),
            new Spec("cucuta", "Secretaría de Bienestar Cúcuta", Role.LOCAL, "54001", null),
            new Spec("privacidad.bogota", "Oficial de protección de datos Bogotá", Role.PRIVACY_OFFICER, "11001", null),
            new Spec("privacidad.cucuta", "Oficial de protección de datos Cúcuta", Role.PRIVACY_OFFICER, "54001",
                    null),
            new Spec("gobernacion.nds", "Gobernación de Norte de Santander", Role.READ_ONLY, "54", null));

    @Override
    public String name() {
        // renamed when users were added (the privacy officers, the department), so existing demo installations get them too;
        // load() skips the users that exist
        return "users-2026-12-department";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void load() {
        for (Spec spec : USERS) {
            if (accounts.idOf(spec.username()).isPresent()) {
                continue;
            }
            Long jurisdictionId = spec.jurisdiction() == null ? null
                    : jurisdictions.byCode(spec.jurisdiction()).orElseThrow().id();
            Long territoryId = spec.territory() == null ? null
                    : territories.byCode(jurisdictionId, spec.territory()).orElseThrow().id();
            accounts.createDemoUser(new NewUser(spec.username(), DemoActor.PASSWORD, spec.fullName(), null, spec.role(),
                    jurisdictionId, territoryId));
        }
    }
}
