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

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Demo participation: the RedCADE citizen dialogues of seed 001 (SuperCADE Manitas, Suba, Engativá) with empathy and
 * service maps and the seed's challenges as improvement actions; San Antonio's PLADECO (seed 003): the earlier
 * consultancy workshops (263 participants) and the co-built process with territorial and thematic workshops in two
 * rounds and a citizen survey (about 1,200 participants in all).
 */
@Component
class ParticipationDemoData implements DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();

    static final String[][] CHALLENGES = {
            {"SUGGESTION",
                    "Mejorar el sistema de asignación de turnos para pedir cita por aplicación en los SuperCADE.",
                    "Turnos", "TURN", "DONE"},
            {"NEED", "Promocionar los servicios de la RedCADE en los diferentes grupos étnicos.", "Difusión", "ARRIVAL",
                    "IN_PROGRESS"},
            {"COMPLAINT", "Reforzar la capacitación a los funcionarios que atienden en temas de calidad del servicio.",
                    "Calidad del servicio", "ATTENTION", "DONE"},
            {"IDEA", "Mantener el nivel de satisfacción alto con los servicios y la Manzana del Cuidado del SuperCADE Manitas.",
                    "Manzana del Cuidado", "RESPONSE", "PLANNED"},
            {"IDEA", "Implementar espacios en los puntos presenciales para usar la tecnología y la virtualización de trámites.",
                    "Trámites virtuales", "WAIT", "IN_PROGRESS"},
            {"NEED", "Incrementar la oferta institucional con base en los resultados del diálogo ciudadano.",
                    "Oferta institucional", "RESPONSE", "PLANNED"}};

    private final SpaceService spaces;
    private final ContributionService contributions;
    private final SurveyService surveys;
    private final Jurisdictions jurisdictions;
    private final Scopes scopes;

    ParticipationDemoData(SpaceService spaces, ContributionService contributions, SurveyService surveys,
            Jurisdictions jurisdictions,
            Scopes scopes) {
        this.spaces = spaces;
        this.contributions = contributions;
        this.surveys = surveys;
        this.jurisdictions = jurisdictions;
        this.scopes = scopes;
    }

    @Override
    public String name() {
        return "participation";
    }

    @Override
    public int order() {
        return 670;
    }

    @Override
    public void load() {
        jurisdictions.byCode("11001").ifPresent(this::redCade);
        jurisdictions.byCode("05601").ifPresent(this::pladeco);
    }

    private void redCade(Jurisdiction j) {
        String[][] points = {{"redcade-2022-06", "19", "SuperCADE Manitas", "2022-06-15", "27"},
                {"redcade-2022-09", "11", "SuperCADE Suba", "2022-09-21", "24"},
                {"redcade-2023-03", "10", "SuperCADE Engativá", "2023-03-08", "22"}};
        List<Long> ids = new ArrayList<>();
        for (String[] p : points) {
            if (scopes.territories().byCode(j.id(), p[1]).isEmpty()) {
                continue;
            }
            SpaceService.SpaceView s = spaces.create(new SpaceService.SpaceCommand(p[0], "DIALOGUE",
                    "Diálogo ciudadano «Tú eres parte de la RedCADE» · " + p[2], "Diálogos RedCADE", 1,
                    "Ciclo del servicio presencial",
                    null, p[1], p[2], LocalDate.parse(p[3]), LocalTime.of(9, 0), 180, "CONSULTIVO", null,
                    "Subsecretaría de Servicio a la Ciudadanía (Responsable de Punto)",
                    "Convocatoria por correo y llamadas a líderes identificados; mapas de empatía y mapas de servicio en tres horas.",
                    Integer.valueOf(p[4]), null), j.code(), LOADER);
            ids.add(s.id());
            spaces.invite(s.id(), new SpaceService.InvitationCommand("VALUE_GROUP", null, null, "OLDER_PERSONS",
                    "Consejo local de personas mayores", null, "3001234567"), LOADER);
            spaces.invite(s.id(), new SpaceService.InvitationCommand("OTHER", null, null, null,
                    "Junta de Acción Comunal del sector", "jac.demo@example.org", null), LOADER);
            spaces.addEmpathyMap(s.id(), new SpaceService.EmpathyMapCommand("Personas usuarias del canal presencial",
                    "Que el trámite debería tomar menos tiempo; confían en la atención presencial.",
                    "Filas largas a primera hora; pantallas de turnos.", "Que hay que madrugar para conseguir turno.",
                    "Preguntan en varias ventanillas antes de encontrar la correcta.",
                    "Esperas largas, poca información sobre requisitos.",
                    "Trato amable y resolver todo en un solo lugar."), LOADER);
            String[][] stages = {
                    {"ARRIVAL", "Orientador en la entrada", "Señalización clara", "Fila en la calle antes de abrir",
                            "Pre-turno por app", "4"},
                    {"TURN", "Digiturno", "Turno prioritario para personas mayores", "Turnos agotados en la mañana",
                            "Cita por aplicación", "2"},
                    {"WAIT", "Sala de espera", "Sillas y pantallas", "Tiempo de espera sin aviso",
                            "Mostrar tiempo estimado", "3"},
                    {"ATTENTION", "Ventanilla de la entidad", "Amabilidad",
                            "Funcionarios sin información de otras entidades", "Capacitación", "4"},
                    {"RESPONSE", "Respuesta al trámite", "Respuesta el mismo día", "Algunos trámites vuelven a empezar",
                            "Seguimiento por correo", "4"}};
            for (String[] st : stages) {
                spaces.saveStage(s.id(),
                        new SpaceService.StageCommand(p[2], st[0], st[1], st[2], st[3], st[4], Integer.valueOf(st[5])),
                        LOADER);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        for (int i = 0; i < CHALLENGES.length; i++) {
            String[] c = CHALLENGES[i];
            long spaceId = ids.get(i % ids.size());
            ContributionService.ContributionView v = contributions
                    .create(new ContributionService.ContributionCommand(spaceId, null,
                            c[0], c[1], c[2], "Canal presencial RedCADE", c[3], null, null), j.code(), LOADER);
            ContributionService.ContributionView linked = contributions.toAction(v.id(), null,
                    new ContributionService.ActionCommand(
                            c[1], "Reto a futuro identificado en los diálogos ciudadanos.",
                            "Subsecretaría de Servicio a la Ciudadanía",
                            LocalDate.of(2024, 6, 30).plusMonths(i * 2L), null, null, null, null, null),
                    LOADER);
            ContributionService.ActionView a = contributions.action(linked.actionId());
            if (!c[4].equals("PLANNED")) {
                contributions
                        .updateAction(a.id(),
                                new ContributionService.ActionCommand(null, null, null, null, null, null, c[4],
                                        c[4].equals("DONE")
                                                ? "Acción cumplida e informada a los participantes del diálogo." : null,
                                        a.version()),
                                LOADER);
            }
        }
        ContributionService.ContributionView complaint = contributions.create(
                new ContributionService.ContributionCommand(ids.get(0), null,
                        "COMPLAINT", "Los turnos se acaban muy temprano y hay que madrugar.", "Turnos",
                        "Canal presencial RedCADE", "TURN", null, null),
                j.code(), LOADER);
        // it says the same as the first challenge (turns by app): grouped, it shares that action
        long first = contributions
                .list(new ContributionService.ContributionFilter(ids.get(0), null, "SUGGESTION", null, null, null),
                        LOADER, org.minga.platform.PageRequest.of(0, 1))
                .items().get(0).id();
        contributions.group(complaint.id(), first, LOADER);
        spaces.publishDevolution(ids.get(0), "Gracias por participar: esto es lo que hicimos con sus aportes.", LOADER);
    }

    private void pladeco(Jurisdiction j) {
        List<TerritoryView> uvs = scopes.territories().ofLevel(j.id(), "unidad_vecinal",
                AccessScope.jurisdiction(j.id()));
        if (uvs.isEmpty() || uvs.get(0).parentId() == null) {
            return;
        }
        TerritoryView comuna = scopes.territories().byId(uvs.get(0).parentId()).orElseThrow();
        Random r = new Random(5601);
        // before: the consultancy update, 263 participants in six workshops
        int[] before = {52, 48, 41, 44, 39, 39};
        for (int i = 0; i < before.length; i++) {
            TerritoryView uv = uvs.get(i % uvs.size());
            spaces.create(
                    new SpaceService.SpaceCommand("pladeco-2014-" + (i + 1), "TERRITORIAL_WORKSHOP",
                            "Taller PLADECO 2014 · " + uv.name(),
                            "PLADECO 2014 (consultora)", 1, null, uv.id(), null, null,
                            LocalDate.of(2014, 4, 5).plusWeeks(i), LocalTime.of(18, 0),
                            120, "INFORMATIVO", null, "Consultora externa",
                            "Presentación del diagnóstico y ronda de preguntas.", before[i], null),
                    j.code(), LOADER);
        }
        // after: territorial workshops in every unidad vecinal in two rounds, thematic workshops, and the citizen survey
        String[] themes = {"Desarrollo portuario y ciudad", "Medio ambiente", "Desarrollo social", "Seguridad",
                "Cultura y patrimonio"};
        int people = 0;
        int n = 0;
        for (int round = 1; round <= 2; round++) {
            for (TerritoryView uv : uvs) {
                int attendance = round == 1 ? 30 + r.nextInt(10) : 15 + r.nextInt(8);
                people += attendance;
                n++;
                spaces.create(new SpaceService.SpaceCommand("pladeco-2024-t" + n, "TERRITORIAL_WORKSHOP",
                        "Taller territorial " + uv.name() + (round == 2 ? " (2.ª vuelta)" : ""), "PLADECO 2024-2030",
                        round, null, uv.id(),
                        null, null, LocalDate.of(2024, round == 1 ? 4 : 7, 6).plusDays(n), LocalTime.of(18, 30), 150,
                        round == 1 ? "CONSULTIVO" : "DELIBERATIVO", null, "Equipo gestor municipal (SECPLA)",
                        "Co-construcción por unidad vecinal; segunda vuelta donde la información no era clara o la participación baja.",
                        attendance, null), j.code(), LOADER);
            }
        }
        for (int i = 0; i < themes.length; i++) {
            int attendance = 35 + r.nextInt(15);
            people += attendance;
            SpaceService.SpaceView s = spaces.create(
                    new SpaceService.SpaceCommand("pladeco-2024-tem" + (i + 1), "THEMATIC_WORKSHOP",
                            "Taller temático: " + themes[i], "PLADECO 2024-2030", 1, themes[i], comuna.id(), null, null,
                            LocalDate.of(2024, 5, 10).plusWeeks(i), LocalTime.of(10, 0), 180, "DELIBERATIVO", null,
                            "Equipo gestor municipal (SECPLA)",
                            "Mesas temáticas con ODS y metodología de ciudades emergentes del BID.", attendance, null),
                    j.code(), LOADER);
            ContributionService.ContributionView c = contributions.create(
                    new ContributionService.ContributionCommand(s.id(), null, "NEED",
                            "Incluir en el PLADECO una línea estratégica sobre " + themes[i].toLowerCase() + ".",
                            themes[i], null, null, null, null),
                    j.code(), LOADER);
            contributions.toAction(c.id(), null,
                    new ContributionService.ActionCommand("Línea estratégica: " + themes[i], null,
                            "SECPLA", LocalDate.of(2025, 3, 31), null, null, i < 3 ? "DONE" : "IN_PROGRESS",
                            i < 3 ? "Incorporada en el PLADECO 2024-2030." : null, null),
                    LOADER);
        }
        List<SurveyQuestion> qs = List.of(
                new SurveyQuestion("prioridad", "MULTIPLE", "¿Qué temas deberían ser prioridad para la comuna?",
                        List.of("Empleo", "Medio ambiente", "Seguridad", "Salud", "Vivienda"), true, List.of(), true),
                new SurveyQuestion("puerto", "LIKERT", "El desarrollo del puerto beneficiará a mi barrio", List.of(),
                        false, List.of(), true),
                new SurveyQuestion("servicios", "MATRIX", "Evalúe los servicios municipales",
                        List.of("Malo", "Regular", "Bueno"), false,
                        List.of("Aseo", "Alumbrado", "Áreas verdes"), false),
                new SurveyQuestion("edad", "NUMBER", "Edad", List.of(), false, List.of(), false),
                new SurveyQuestion("idea", "TEXT", "Una idea para San Antonio", List.of(), false, List.of(), false));
        SurveyService.SurveyView survey = surveys.create(
                new SurveyService.SurveyCommand("pladeco-2024-encuesta", "Encuesta ciudadana PLADECO 2024-2030",
                        "PLADECO 2024-2030", "Aplicada por encuestadores capacitados en todas las unidades vecinales.",
                        comuna.id(), null, true, qs),
                j.code(), LOADER);
        surveys.setStatus(survey.id(), "OPEN", LOADER);
        ContributionService.ContributionView fromSurvey = contributions
                .create(new ContributionService.ContributionCommand(null, survey.id(),
                        "NEED", "Mejor transporte público entre las unidades vecinales y el centro.", "Movilidad", null,
                        null, null, null), j.code(), LOADER);
        contributions.toAction(fromSurvey.id(), null,
                new ContributionService.ActionCommand("Plan de movilidad comunal", null, "SECPLA",
                        LocalDate.of(2025, 12, 31), null, null, "IN_PROGRESS", null, null),
                LOADER);
        // the survey brings the process to the 1,200 participants the municipality reported (seed 003)
        int responses = Math.max(200, 1200 - people);
        String[] groups = {"Jóvenes", "Personas mayores", "Mujeres cabeza de hogar", ""};
        for (int i = 0; i < responses; i++) {
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
            a.put("servicios", Map.of("Aseo", List.of("Malo", "Regular", "Bueno").get(r.nextInt(3)),
                    "Alumbrado", List.of("Malo", "Regular", "Bueno").get(r.nextInt(3))));
            a.put("edad", String.valueOf(18 + r.nextInt(60)));
            if (r.nextInt(8) == 0) {
                a.put("idea", List.of("Más áreas verdes en los cerros", "Un paseo costero conectado con el puerto",
                        "Transporte nocturno a Llolleo", "Centro cultural en cada unidad vecinal").get(r.nextInt(4)));
            }
            TerritoryView uv = uvs.get(r.nextInt(uvs.size()));
            surveys.submit(survey.id(), new SurveyService.ResponseCommand(new UUID(5601L, i), uv.id(),
                    blank(groups[r.nextInt(groups.length)]),
                    null, null,
                    LocalDate.of(2024, 8, 1).plusDays(r.nextInt(40)).atTime(12, 0).toInstant(ZoneOffset.UTC), a, null),
                    "SURVEYOR", LOADER);
        }
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
