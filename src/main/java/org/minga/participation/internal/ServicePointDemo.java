package org.minga.participation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.minga.participation.internal.SpaceReadModel.SpaceView;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.springframework.stereotype.Component;

/**
 * The RedCADE service points in the registry (issue 23, seed 001): SuperCADE Manitas, Suba and Engativá with their
 * head, the value groups they serve and two more dialogues each, so satisfaction shows over three dialogues
 * (demonstration figures).
 */
@Component
record ServicePointDemo(ServicePoints points, SpaceService spaces, SpaceMaps maps, Jurisdictions jurisdictions)
        implements
            DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();

    /** {name, localidad, head, first later dialogue, ratings of the 2nd and 3rd dialogues by stage}. */
    static final String[][] POINTS = {
            {"SuperCADE Manitas", "19", "Responsable de Punto SuperCADE Manitas", "2023-06-14", "34444", "44454"},
            {"SuperCADE Suba", "11", "Responsable de Punto SuperCADE Suba", "2023-09-20", "23343", "33444"},
            {"SuperCADE Engativá", "10", "Responsable de Punto SuperCADE Engativá", "2024-03-13", "33334", "34344"}};

    @Override
    public String name() {
        return "participation-service-points";
    }

    @Override
    public int order() {
        return 690;
    }

    @Override
    public void load() {
        jurisdictions.byCode("11001").ifPresent(this::bogota);
    }

    private void bogota(Jurisdiction j) {
        int k = 0;
        for (String[] p : POINTS) {
            k++;
            long id = points.register(LOADER, new ServicePoints.NewPoint(j.code(), p[0], p[1], p[2],
                    "Lidera la mesa de calidad del punto y convoca a los consejos locales de grupos de valor "
                            + "(demostración)."));
            points.characterise(LOADER, id, new ServicePoints.Characterisation("OLDER_PERSONS",
                    BigDecimal.valueOf(20 + k * 4)));
            points.characterise(LOADER, id, new ServicePoints.Characterisation("CONFLICT_VICTIMS",
                    BigDecimal.valueOf(12 - k)));
            points.characterise(LOADER, id, new ServicePoints.Characterisation("MIGRANTS",
                    new BigDecimal("7.5").add(BigDecimal.valueOf(k))));
            LocalDate first = LocalDate.parse(p[3]);
            dialogue(j, p, first, p[4], 2);
            dialogue(j, p, first.plusYears(1), p[5], 3);
        }
    }

    private void dialogue(Jurisdiction j, String[] p, LocalDate on, String ratings, int number) {
        SpaceView s = spaces.create(new SpaceService.SpaceCommand(
                "redcade-" + on.getYear() + "-" + p[1], "DIALOGUE",
                "Diálogo ciudadano «Tú eres parte de la RedCADE» · " + p[0] + " · " + number + ".º", "Diálogos RedCADE",
                number, "Ciclo del servicio presencial", null, p[1], p[0], on, LocalTime.of(9, 0), 180, "CONSULTIVO",
                null, "Subsecretaría de Servicio a la Ciudadanía (Responsable de Punto)",
                "Mapas de servicio por etapa del ciclo del servicio.", 20 + number, null), j.code(), LOADER);
        String[] stages = {"ARRIVAL", "TURN", "WAIT", "ATTENTION", "RESPONSE"};
        for (int i = 0; i < stages.length; i++) {
            maps.saveStage(s.id(), new SpaceMaps.StageCommand(p[0], stages[i], null, null, null, null,
                    Character.getNumericValue(ratings.charAt(i))), LOADER);
        }
    }
}
