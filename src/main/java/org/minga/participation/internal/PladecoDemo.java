package org.minga.participation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.minga.participation.internal.ContributionReadModel.ContributionView;
import org.minga.participation.internal.ImprovementActions.ActionCommand;
import org.minga.participation.internal.SpaceReadModel.SpaceView;
import org.minga.participation.internal.SurveyReadModel.SurveyView;
import org.minga.participation.internal.domain.SurveyQuestion;
import org.minga.platform.AccessScope;
import org.minga.platform.Jurisdiction;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

import static org.minga.participation.internal.ParticipationDemoData.LOADER;

/**
 * San Antonio's PLADECO (seed 003): the earlier consultancy workshops (263 participants) and the co-built process
 * with territorial and thematic workshops in two rounds and a citizen survey (about 1,200 participants in all).
 */
@Component
record PladecoDemo(SpaceService spaces, ContributionService contributions, SurveyService surveys,
        SurveyResponses responses, Scopes scopes) {

    private static final String PROCESS = "PLADECO 2024-2030";
    private static final String SECPLA = "Equipo gestor municipal (SECPLA)";

    void load(Jurisdiction j) {
        List<TerritoryView> uvs = scopes.territories().ofLevel(j.id(), "unidad_vecinal",
                AccessScope.jurisdiction(j.id()));
        if (uvs.isEmpty() || uvs.get(0).parentId() == null) {
            return;
        }
        TerritoryView comuna = scopes.territories().byId(uvs.get(0).parentId()).orElseThrow();
        Random r = new Random(5601);
        consultancy(j, uvs);
        int people = territorialWorkshops(j, uvs, r) + thematicWorkshops(j, comuna, r);
        survey(j, comuna, uvs, r, Math.max(200, 1200 - people));
    }

    /** Before: the consultancy update, 263 participants in six workshops. */
    private void consultancy(Jurisdiction j, List<TerritoryView> uvs) {
        int[] before = {52, 48, 41, 44, 39, 39};
        for (int i = 0; i < before.length; i++) {
            TerritoryView uv = uvs.get(i % uvs.size());
            spaces.create(new SpaceService.SpaceCommand("pladeco-2014-" + (i + 1), "TERRITORIAL_WORKSHOP",
                    "Taller PLADECO 2014 · " + uv.name(), "PLADECO 2014 (consultora)", 1, null, uv.id(), null, null,
                    LocalDate.of(2014, 4, 5).plusWeeks(i), LocalTime.of(18, 0), 120, "INFORMATIVO", null,
                    "Consultora externa", "Presentación del diagnóstico y ronda de preguntas.", before[i], null),
                    j.code(), LOADER);
        }
    }

    /** After: a workshop in every unidad vecinal, in two rounds; answers the people who came. */
    private int territorialWorkshops(Jurisdiction j, List<TerritoryView> uvs, Random r) {
        int people = 0;
        int n = 0;
        for (int round = 1; round <= 2; round++) {
            for (TerritoryView uv : uvs) {
                int attendance = round == 1 ? 30 + r.nextInt(10) : 15 + r.nextInt(8);
                people += attendance;
                n++;
                spaces.create(new SpaceService.SpaceCommand("pladeco-2024-t" + n, "TERRITORIAL_WORKSHOP",
                        "Taller territorial " + uv.name() + (round == 2 ? " (2.ª vuelta)" : ""), PROCESS, round,
                        null, uv.id(), null, null, LocalDate.of(2024, round == 1 ? 4 : 7, 6).plusDays(n),
                        LocalTime.of(18, 30), 150, round == 1 ? "CONSULTIVO" : "DELIBERATIVO", null, SECPLA,
                        "Co-construcción por unidad vecinal; segunda vuelta donde la información no era clara o la participación baja.",
                        attendance, null), j.code(), LOADER);
            }
        }
        return people;
    }

    /** Thematic workshops, each with the strategic line it asked for; answers the people who came. */
    private int thematicWorkshops(Jurisdiction j, TerritoryView comuna, Random r) {
        String[] themes = {"Desarrollo portuario y ciudad", "Medio ambiente", "Desarrollo social", "Seguridad",
                "Cultura y patrimonio"};
        int people = 0;
        for (int i = 0; i < themes.length; i++) {
            int attendance = 35 + r.nextInt(15);
            people += attendance;
            SpaceView s = spaces.create(new SpaceService.SpaceCommand("pladeco-2024-tem" + (i + 1),
                    "THEMATIC_WORKSHOP", "Taller temático: " + themes[i], PROCESS, 1, themes[i], comuna.id(), null,
                    null, LocalDate.of(2024, 5, 10).plusWeeks(i), LocalTime.of(10, 0), 180, "DELIBERATIVO", null,
                    SECPLA, "Mesas temáticas con ODS y metodología de ciudades emergentes del BID.", attendance, null),
                    j.code(), LOADER);
            ContributionView c = contributions.create(new ContributionService.ContributionCommand(s.id(), null,
                    "NEED", "Incluir en el PLADECO una línea estratégica sobre " + themes[i].toLowerCase() + ".",
                    themes[i], null, null, null, null), j.code(), LOADER);
            contributions.toAction(c.id(), null, new ActionCommand("Línea estratégica: " + themes[i], null, "SECPLA",
                    LocalDate.of(2025, 3, 31), null, null, i < 3 ? "DONE" : "IN_PROGRESS",
                    i < 3 ? "Incorporada en el PLADECO 2024-2030." : null, null), LOADER);
        }
        return people;
    }

    /** The citizen survey, open, with a contribution from it and its responses. */
    private void survey(Jurisdiction j, TerritoryView comuna, List<TerritoryView> uvs, Random r, int count) {
        List<SurveyQuestion> qs = List.of(
                new SurveyQuestion("prioridad", "MULTIPLE", "¿Qué temas deberían ser prioridad para la comuna?",
                        List.of("Empleo", "Medio ambiente", "Seguridad", "Salud", "Vivienda"), true, List.of(), true),
                new SurveyQuestion("puerto", "LIKERT", "El desarrollo del puerto beneficiará a mi barrio", List.of(),
                        false, List.of(), true),
                new SurveyQuestion("servicios", "MATRIX", "Evalúe los servicios municipales",
                        List.of("Malo", "Regular", "Bueno"), false, List.of("Aseo", "Alumbrado", "Áreas verdes"),
                        false),
                new SurveyQuestion("edad", "NUMBER", "Edad", List.of(), false, List.of(), false),
                new SurveyQuestion("idea", "TEXT", "Una idea para San Antonio", List.of(), false, List.of(), false));
        SurveyView survey = surveys.create(new SurveyService.SurveyCommand("pladeco-2024-encuesta",
                "Encuesta ciudadana PLADECO 2024-2030", PROCESS,
                "Aplicada por encuestadores capacitados en todas las unidades vecinales.", comuna.id(), null, true, qs),
                j.code(), LOADER);
        surveys.setStatus(survey.id(), "OPEN", LOADER);
        ContributionView fromSurvey = contributions.create(new ContributionService.ContributionCommand(null,
                survey.id(), "NEED", "Mejor transporte público entre las unidades vecinales y el centro.",
                "Movilidad", null, null, null, null), j.code(), LOADER);
        contributions.toAction(fromSurvey.id(), null, new ActionCommand("Plan de movilidad comunal", null, "SECPLA",
                LocalDate.of(2025, 12, 31), null, null, "IN_PROGRESS", null, null), LOADER);
        // the survey brings the process to the 1,200 participants the municipality reported (seed 003)
        String[] groups = {"Jóvenes", "Personas mayores", "Mujeres cabeza de hogar", ""};
        for (int i = 0; i < count; i++) {
            Map<String, Object> a = answers(r);
            TerritoryView uv = uvs.get(r.nextInt(uvs.size()));
            String group = groups[r.nextInt(groups.length)];
            responses.submit(survey.id(), new SurveyResponses.ResponseCommand(new UUID(5601L, i), uv.id(),
                    group.isEmpty() ? null : group, null, null,
                    LocalDate.of(2024, 8, 1).plusDays(r.nextInt(40)).atTime(12, 0).toInstant(ZoneOffset.UTC), a, null),
                    "SURVEYOR", LOADER);
        }
    }

    private static Map<String, Object> answers(Random r) {
        Map<String, Object> a = new LinkedHashMap<>();
        List<String> pr = new ArrayList<>();
        for (String o : List.of("Empleo", "Medio ambiente", "Seguridad", "Salud", "Vivienda")) {
            if (r.nextInt(3) == 0) {
                pr.add(o);
            }
        }
        if (r.nextInt(10) == 0) {
            pr.add("Otro");
            a.put("prioridad_otro", r.nextBoolean() ? "Conectividad vial" : "Deporte");
        }
        if (pr.isEmpty()) {
            pr.add("Empleo");
        }
        a.put("prioridad", pr);
        a.put("puerto", SurveyQuestion.LIKERT.get(r.nextInt(5)));
        a.put("servicios", Map.of("Aseo", List.of("Malo", "Regular", "Bueno").get(r.nextInt(3)), "Alumbrado",
                List.of("Malo", "Regular", "Bueno").get(r.nextInt(3))));
        a.put("edad", String.valueOf(18 + r.nextInt(60)));
        if (r.nextInt(8) == 0) {
            a.put("idea", List.of("Más áreas verdes en los cerros", "Un paseo costero conectado con el puerto",
                    "Transporte nocturno a Llolleo", "Centro cultural en cada unidad vecinal").get(r.nextInt(4)));
        }
        return a;
    }
}
