package org.minga.participation.internal;

import static org.minga.participation.internal.ParticipationDemoData.LOADER;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
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
import org.minga.platform.Jurisdiction;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * The community's word in the 2024 Suba fair (issue 24): the citizen dialogue that planned it, whose needs include the
 * priority a care route was proposed from (older people living alone, with no one to take them to their health
 * appointments), and the survey that evaluated it. The fair demo links both to the fair.
 */
@Component
record SubaFairCommunityDemo(SpaceService spaces, Convocation convocation, ContributionService contributions,
        SurveyService surveys, SurveyResponses responses, Scopes scopes) {

    static final String PROCESS = "Barrios con Bienestar Suba 2024";
    static final String DIALOGUE = "suba-bcb-2024-dialogo";
    static final String SURVEY = "suba-bcb-2024-evaluacion";
    static final String PRIORITY = "Las personas mayores que viven solas no tienen quién las acompañe a sus citas de "
            + "salud ni quién les ayude con los trámites.";

    void load(Jurisdiction j) {
        TerritoryView suba = scopes.territories().byCode(j.id(), "11").orElse(null);
        if (suba == null) {
            return;
        }
        dialogue(j, suba);
        survey(j, suba);
    }

    /** The dialogue that planned the fair: needs heard, two of them agreed as actions the fair carried out. */
    private void dialogue(Jurisdiction j, TerritoryView suba) {
        SpaceView s = spaces.create(new SpaceService.SpaceCommand(DIALOGUE, "DIALOGUE",
                "Diálogo ciudadano: la jornada Barrios con Bienestar que Suba necesita", PROCESS, 1,
                "Oferta de la jornada", suba.id(), null, "Alcaldía Local de Suba", LocalDate.of(2024, 5, 18),
                LocalTime.of(9, 0), 150,
                "CONSULTIVO", null, "Alcaldía Local de Suba y Secretaría Distrital de Integración Social",
                "Mesas por grupo de valor: qué servicios traer, dónde y cuándo hacer la jornada.", 38, null),
                j.code(), LOADER);
        convocation.invite(s.id(), new Convocation.InvitationCommand("VALUE_GROUP", null, null, "OLDER_PERSONS",
                "Consejo local de personas mayores de Suba", null, "3001234567"), LOADER);
        convocation.invite(s.id(), new Convocation.InvitationCommand("VALUE_GROUP", null, null, "CAREGIVERS",
                "Colectivo de personas cuidadoras de Suba", null, "3007654321"), LOADER);
        ContributionView priority = need(j, s, PRIORITY, "Cuidado de personas mayores");
        for (String same : List.of("Mi vecina de 80 años vive sola y pierde las citas porque nadie la lleva.",
                "Que alguien acompañe a los abuelos que viven solos a las citas médicas.")) {
            contributions.group(need(j, s, same, "Cuidado de personas mayores").id(), priority.id(), LOADER);
        }
        ContributionView health = need(j, s, "Que la jornada traiga afiliación al régimen subsidiado y el Sisbén.",
                "Salud");
        contributions.toAction(health.id(), null, new ActionCommand(
                "Stand de afiliación en salud y Sisbén en la jornada de Suba", null, "Subred Norte y SDP",
                LocalDate.of(2024, 6, 15), null, null, "DONE", "La jornada tuvo stand de afiliación y de Sisbén.",
                null), LOADER);
        ContributionView when = contributions.create(new ContributionService.ContributionCommand(s.id(), null,
                "SUGGESTION", "Hacer la jornada un sábado en el parque, con perifoneo la semana anterior.", "Logística",
                null, null, null, null), j.code(), LOADER);
        contributions.toAction(when.id(), null, new ActionCommand("Jornada en sábado con perifoneo previo", null,
                "Alcaldía Local de Suba", LocalDate.of(2024, 6, 15), null, null, "DONE",
                "La jornada fue el sábado 15 de junio en el parque, con perifoneo desde el lunes.", null), LOADER);
    }

    private ContributionView need(Jurisdiction j, SpaceView s, String text, String theme) {
        return contributions.create(new ContributionService.ContributionCommand(s.id(), null, "NEED", text, theme,
                null, null, null, null), j.code(), LOADER);
    }

    /** The survey that evaluated the fair, answered by the people attended in the days after it. */
    private void survey(Jurisdiction j, TerritoryView suba) {
        List<SurveyQuestion> qs = List.of(
                new SurveyQuestion("respondio", "LIKERT", "La jornada respondió a las necesidades de mi hogar",
                        List.of(), false, List.of(), true),
                new SurveyQuestion("volveria", "LIKERT", "Volvería a una jornada como esta", List.of(), false,
                        List.of(), true),
                new SurveyQuestion("calificacion", "NUMBER", "Calificación de la jornada (1 a 5)", List.of(), false,
                        List.of(), true),
                new SurveyQuestion("mejorar", "TEXT", "¿Qué mejoraría?", List.of(), false, List.of(), false));
        SurveyView survey = surveys.create(new SurveyService.SurveyCommand(SURVEY,
                "Evaluación de la jornada Barrios con Bienestar de Suba", PROCESS,
                "Aplicada a la salida de la jornada y por teléfono en los días siguientes.", suba.id(), null, true, qs),
                j.code(), LOADER);
        surveys.setStatus(survey.id(), "OPEN", LOADER);
        ContributionView more = contributions.create(new ContributionService.ContributionCommand(null, survey.id(),
                "SUGGESTION", "Traer oferta de empleo a la próxima jornada.", "Empleo", null, null, null, null),
                j.code(), LOADER);
        contributions.toAction(more.id(), null, new ActionCommand(
                "Invitar a la Agencia Pública de Empleo a la próxima jornada de Suba", null, "Alcaldía Local de Suba",
                LocalDate.of(2024, 11, 30), null, null, "PLANNED", null, null), LOADER);
        Random r = new Random(11_2024);
        for (int i = 0; i < 46; i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("respondio", SurveyQuestion.LIKERT.get(Math.min(4, 2 + r.nextInt(4) - (r.nextInt(6) == 0 ? 2 : 0))));
            a.put("volveria", SurveyQuestion.LIKERT.get(Math.min(4, 3 + r.nextInt(3) - (r.nextInt(8) == 0 ? 3 : 0))));
            a.put("calificacion", String.valueOf(Math.min(5, 3 + r.nextInt(3))));
            if (r.nextInt(5) == 0) {
                a.put("mejorar", List.of("Más turnos para salud", "Empezar más temprano", "Más sillas en la espera")
                        .get(r.nextInt(3)));
            }
            responses.submit(survey.id(), new SurveyResponses.ResponseCommand(new UUID(11_2024L, i), suba.id(), null,
                    null, null, LocalDate.of(2024, 6, 15).plusDays(r.nextInt(6)).atTime(17, 0)
                            .toInstant(ZoneOffset.UTC),
                    a, null), "SURVEYOR", LOADER);
        }
        // the fair was evaluated in the week after it: the survey no longer takes answers
        surveys.setStatus(survey.id(), "CLOSED", LOADER);
    }
}
