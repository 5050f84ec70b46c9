package org.minga.fair.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.minga.actor.Actors;
import org.minga.fair.internal.FairRecords.FairForm;
import org.minga.fair.internal.FairRecords.FairView;
import org.minga.fair.internal.FairRecords.InputCommand;
import org.minga.fair.internal.FairRecords.ParticipantForm;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * The 2024 Suba fair (issue 24): planned with the community in a citizen dialogue and evaluated with a survey, both
 * participation's (its demo holds them), linked here so the fair's results show what came out of them.
 */
@Component
record SubaFairDemo(Jurisdictions jurisdictions, Territories territories, Actors actors, FairPlanning planning,
        FairCommunityInput community, CommunityInputs inputs) implements DemoDataset {

    static final CurrentUser DEMO = CurrentUser.demoLoader();
    static final String CODE = "BCB-SUBA-2024";

    @Override
    public String name() {
        return "fair-suba-2024";
    }

    @Override
    public int order() {
        return 805;
    }

    @Override
    public void load() {
        Optional<Jurisdiction> bogota = jurisdictions.byCode("11001");
        if (bogota.isEmpty() || territories.byCode(bogota.get().id(), "B-SUBA-01").isEmpty()) {
            return;
        }
        Jurisdiction j = bogota.get();
        long barrio = territories.byCode(j.id(), "B-SUBA-01").orElseThrow().id();
        FairView f = planning.create(new FairForm(j.code(), CODE, "Barrios con Bienestar — Suba Centro",
                "barrios-con-bienestar-suba-2024", barrio, LocalDate.of(2024, 6, 15), LocalTime.of(8, 0),
                LocalTime.of(14, 0), "Parque Fundacional de Suba",
                "Cuidado de personas mayores, afiliación en salud y Sisbén, como lo pidió el diálogo ciudadano",
                "REALIZADA", null), DEMO);
        for (String code : new String[]{"SDIS", "SDS"}) {
            actors.byCode(j.id(), code).ifPresent(a -> planning.addParticipant(f.id(),
                    new ParticipantForm(a.id(), "ENTIDAD", null, 3, null, null), DEMO));
        }
        link(j, f, "PLANNING", "space", "suba-bcb-2024-dialogo");
        link(j, f, "EVALUATION", "survey", "suba-bcb-2024-evaluacion");
    }

    private void link(Jurisdiction j, FairView f, String role, String kind, String code) {
        String record = inputs.demoLink(j.id(), kind, code);
        if (record != null) {
            community.link(f.id(), new InputCommand(role, record), DEMO);
        }
    }
}
