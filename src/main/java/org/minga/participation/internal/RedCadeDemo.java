package org.minga.participation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.minga.participation.internal.ContributionReadModel.ContributionView;
import org.minga.participation.internal.ImprovementActionReadModel.ActionView;
import org.minga.participation.internal.ImprovementActions.ActionCommand;
import org.minga.participation.internal.SpaceReadModel.SpaceView;
import org.minga.platform.Jurisdiction;
import org.minga.platform.PageRequest;
import org.springframework.stereotype.Component;

import static org.minga.participation.internal.ParticipationDemoData.LOADER;

/**
 * The RedCADE citizen dialogues of seed 001 (SuperCADE Manitas, Suba, Engativá) with empathy and service maps, and the
 * seed's challenges as improvement actions.
 */
@Component
record RedCadeDemo(SpaceService spaces, Convocation convocation, SpaceMaps maps, ContributionService contributions,
        ContributionReadModel contributionViews, ImprovementActions actions, ImprovementActionReadModel actionViews,
        Scopes scopes) {

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

    static final String[][] STAGES = {
            {"ARRIVAL", "Orientador en la entrada", "Señalización clara", "Fila en la calle antes de abrir",
                    "Pre-turno por app", "4"},
            {"TURN", "Digiturno", "Turno prioritario para personas mayores", "Turnos agotados en la mañana",
                    "Cita por aplicación", "2"},
            {"WAIT", "Sala de espera", "Sillas y pantallas", "Tiempo de espera sin aviso", "Mostrar tiempo estimado",
                    "3"},
            {"ATTENTION", "Ventanilla de la entidad", "Amabilidad", "Funcionarios sin información de otras entidades",
                    "Capacitación", "4"},
            {"RESPONSE", "Respuesta al trámite", "Respuesta el mismo día", "Algunos trámites vuelven a empezar",
                    "Seguimiento por correo", "4"}};

    void load(Jurisdiction j) {
        String[][] points = {{"redcade-2022-06", "19", "SuperCADE Manitas", "2022-06-15", "27"},
                {"redcade-2022-09", "11", "SuperCADE Suba", "2022-09-21", "24"},
                {"redcade-2023-03", "10", "SuperCADE Engativá", "2023-03-08", "22"}};
        List<Long> ids = new ArrayList<>();
        for (String[] p : points) {
            if (scopes.territories().byCode(j.id(), p[1]).isPresent()) {
                ids.add(dialogue(j, p));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        for (int i = 0; i < CHALLENGES.length; i++) {
            challenge(j, CHALLENGES[i], ids.get(i % ids.size()), i);
        }
        ContributionView complaint = contributions.create(new ContributionService.ContributionCommand(ids.get(0),
                null, "COMPLAINT", "Los turnos se acaban muy temprano y hay que madrugar.", "Turnos",
                "Canal presencial RedCADE", "TURN", null, null), j.code(), LOADER);
        // it says the same as the first challenge (turns by app): grouped, it shares that action
        long first = contributionViews.list(new ContributionReadModel.ContributionFilter(ids.get(0), null,
                "SUGGESTION", null, null, null), LOADER, PageRequest.of(0, 1)).items().get(0).id();
        contributions.group(complaint.id(), first, LOADER);
        spaces.publishDevolution(ids.get(0), "Gracias por participar: esto es lo que hicimos con sus aportes.",
                LOADER);
    }

    /** A dialogue at a service point {code, localidad, point, date, counted attendance}, its invitees and maps. */
    private long dialogue(Jurisdiction j, String[] p) {
        SpaceView s = spaces.create(new SpaceService.SpaceCommand(p[0], "DIALOGUE",
                "Diálogo ciudadano «Tú eres parte de la RedCADE» · " + p[2], "Diálogos RedCADE", 1,
                "Ciclo del servicio presencial", null, p[1], p[2], LocalDate.parse(p[3]), LocalTime.of(9, 0), 180,
                "CONSULTIVO", null, "Subsecretaría de Servicio a la Ciudadanía (Responsable de Punto)",
                "Convocatoria por correo y llamadas a líderes identificados; mapas de empatía y mapas de servicio en tres horas.",
                Integer.valueOf(p[4]), null), j.code(), LOADER);
        convocation.invite(s.id(), new Convocation.InvitationCommand("VALUE_GROUP", null, null, "OLDER_PERSONS",
                "Consejo local de personas mayores", null, "3001234567"), LOADER);
        convocation.invite(s.id(), new Convocation.InvitationCommand("OTHER", null, null, null,
                "Junta de Acción Comunal del sector", "jac.demo@example.org", null), LOADER);
        maps.addEmpathyMap(s.id(), new SpaceMaps.EmpathyMapCommand("Personas usuarias del canal presencial",
                "Que el trámite debería tomar menos tiempo; confían en la atención presencial.",
                "Filas largas a primera hora; pantallas de turnos.", "Que hay que madrugar para conseguir turno.",
                "Preguntan en varias ventanillas antes de encontrar la correcta.",
                "Esperas largas, poca información sobre requisitos.",
                "Trato amable y resolver todo en un solo lugar."), LOADER);
        for (String[] st : STAGES) {
            maps.saveStage(s.id(),
                    new SpaceMaps.StageCommand(p[2], st[0], st[1], st[2], st[3], st[4], Integer.valueOf(st[5])),
                    LOADER);
        }
        return s.id();
    }

    /** A challenge {kind, text, theme, stage, action status} heard in a dialogue, turned into an action. */
    private void challenge(Jurisdiction j, String[] c, long spaceId, int i) {
        ContributionView v = contributions.create(new ContributionService.ContributionCommand(spaceId, null, c[0],
                c[1], c[2], "Canal presencial RedCADE", c[3], null, null), j.code(), LOADER);
        ContributionView linked = contributions.toAction(v.id(), null,
                new ActionCommand(c[1], "Reto a futuro identificado en los diálogos ciudadanos.",
                        "Subsecretaría de Servicio a la Ciudadanía", LocalDate.of(2024, 6, 30).plusMonths(i * 2L),
                        null, null, null, null, null),
                LOADER);
        ActionView a = actionViews.action(linked.actionId());
        if (!c[4].equals("PLANNED")) {
            actions.updateAction(a.id(), new ActionCommand(null, null, null, null, null, null, c[4],
                    c[4].equals("DONE") ? "Acción cumplida e informada a los participantes del diálogo." : null,
                    a.version()), LOADER);
        }
    }
}
