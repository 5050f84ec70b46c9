package org.minga.attention.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.minga.attention.Setting;
import org.minga.household.Households;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Demo attentions over the last six months: individual ones in the hogar setting for demo household members,
 * and collective ones in the other settings, by the demo field teams. Loads after the demo households.
 */
@Component
record AttentionDemoData(AttentionService attentions, Households households,
        Jurisdictions jurisdictions) implements DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();

    static final String[][] COLLECTIVE = {
            {"EDUCATIVO", "Tamizaje de agudeza visual en colegio distrital", "Salud escolar"},
            {"EDUCATIVO", "Taller de salud mental para estudiantes", "Promoción de la salud mental"},
            {"LABORAL", "Jornada de salud para trabajadores informales", "Entorno laboral informal"},
            {"INSTITUCIONAL", "Asesoría en hogar geriátrico", "Cuidado de personas mayores"},
            {"COMUNITARIO", "Jornada de vacunación en salón comunal", "Vacunación PAI"},
            {"COMUNITARIO", "Red de cuidadores: encuentro comunitario", "Redes comunitarias de cuidado"}};

    @Override
    public String name() {
        return "attentions";
    }

    @Override
    public int order() {
        return 560;
    }

    @Override
    public void load() {
        for (String[] spec : new String[][]{{"11001", "EBE-SUBA-1", "H-SUBA-"}, {"11001", "EBE-KEN-1", "H-KEN-"},
                {"54001", "EBE-CUC-1", "H-CUC-"}}) {
            Optional<Jurisdiction> j = jurisdictions.byCode(spec[0]);
            if (j.isEmpty()) {
                continue;
            }
            Optional<Households.FieldTeamRef> team = households.fieldTeamByCode(j.get().id(), spec[1]);
            if (team.isEmpty()) {
                continue;
            }
            load(j.get(), team.get(), spec[2], new Random(spec[1].hashCode()));
        }
    }

    private void load(Jurisdiction j, Households.FieldTeamRef team, String prefix, Random r) {
        LocalDate today = LocalDate.now(j.zoneId());
        List<Households.HouseholdRef> mine = new ArrayList<>();
        for (Households.HouseholdRef h : households.householdsOf(j.id(), 1000)) {
            if (h.code().startsWith(prefix)) {
                mine.add(h);
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        for (Households.HouseholdRef h : mine) {
            for (Households.PersonRef p : households.usableMembers(h.id())) {
                if (r.nextInt(3) == 0) {
                    attentions.create(new AttentionService.AttentionCommand(Setting.HOGAR.name(), "INDIVIDUAL",
                            today.minusDays(r.nextInt(180)), h.territoryId(), null, team.id(), null, null,
                            "Valoración integral en el hogar", 1, p.id(), h.id(), null,
                            "Atención individual del equipo básico extramural."), j.code(), LOADER);
                }
            }
        }
        for (int i = 0; i < 40; i++) {
            String[] c = COLLECTIVE[r.nextInt(COLLECTIVE.length)];
            Households.HouseholdRef where = mine.get(r.nextInt(mine.size()));
            List<Long> participants = new ArrayList<>();
            if (r.nextBoolean()) {
                households.usableMembers(where.id()).forEach(p -> participants.add(p.id()));
            }
            attentions.create(new AttentionService.AttentionCommand(c[0], "COLECTIVA", today.minusDays(r.nextInt(180)),
                    where.territoryId(), null, team.id(), null, null, c[2], participants.size() + 5 + r.nextInt(40),
                    null,
                    null, participants, c[1]), j.code(), LOADER);
        }
    }
}
