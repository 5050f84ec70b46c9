package org.minga.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minga.household.Households;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.training.internal.CapacityCatalogue.CapacityCommand;
import org.minga.training.internal.CapacityCatalogue.MemberCommand;
import org.minga.training.internal.CapacityCatalogue.TeamCommand;
import org.minga.training.internal.TechnicalAssistances.AssistanceCommand;
import org.minga.training.internal.Toolbox.ItemCommand;
import org.minga.training.internal.TrainingParticipation.AttendCommand;
import org.minga.training.internal.TrainingPlanning.ProgrammeCommand;
import org.minga.training.internal.TrainingPlanning.SessionCommand;
import org.springframework.stereotype.Component;

/**
 * The demo of capacity building (issue 20, point 10): Bogotá's training of the equipos básicos extramurales in the MAS
 * Bienestar model (officials and community agents of Suba, some completed with their certificate), the RedCADE
 * service-staff training that came out of the dialogues, San Antonio's surveyor training before the PLADECO survey,
 * technical assistance to Sumapaz and to a rural corregimiento of Cúcuta, and a toolbox with the guides the seeds
 * name. Loads after the demo users and households.
 */
@Component
record TrainingDemoData(CapacityCatalogue catalogue, TrainingPlanning planning, TrainingParticipation participation,
        TechnicalAssistances assistance, Toolbox toolbox, Jurisdictions jurisdictions,
        Households households, AccompaniedRecords accompanied, ToolboxUses uses) implements DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();

    @Override
    public String name() {
        return "training";
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public void load() {
        jurisdictions.byCode("11001").ifPresent(this::bogota);
        jurisdictions.byCode("54001").ifPresent(this::cucuta);
        jurisdictions.byCode("05601").ifPresent(this::sanAntonio);
    }

    private void bogota(Jurisdiction j) {
        String c = j.code();
        capacity(c, "TEC-APS", "Atención primaria social en el hogar", "TECHNICAL",
                List.of("Valorar riesgos del hogar", "Construir el plan familiar de cuidado"),
                List.of("EXTRAMURAL_TEAMS"));
        capacity(c, "TEC-CARACT", "Caracterización de hogares con Minga en campo", "TECHNOLOGICAL",
                List.of("Preparar el día sin conexión", "Registrar la caracterización y las alertas"),
                List.of("EXTRAMURAL_TEAMS"));
        capacity(c, "REL-DIAL", "Diálogo con comunidades y enfoque diferencial", "RELATIONAL",
                List.of("Facilitar diálogos ciudadanos", "Atender con enfoque de género y étnico"),
                List.of("EXTRAMURAL_TEAMS", "SERVICE_POINT_STAFF"));
        capacity(c, "ADM-CANAL", "Canalización y seguimiento a la respuesta", "ADMINISTRATIVE",
                List.of("Canalizar a la oferta", "Cerrar el ciclo con la contrarreferencia"),
                List.of("SERVICE_POINT_STAFF"));
        capacity(c, "ANA-TERR", "Análisis de información territorial", "ANALYTICAL",
                List.of("Leer el índice de priorización", "Usar la sala situacional"), List.of("LOCAL_GOVERNMENTS"));
        LocalDate today = LocalDate.now(j.zoneId());
        extramuralTeams(j, today);
        planning.plan(new ProgrammeCommand(c, "11001", "REDCADE-2026",
                "Atención a la ciudadanía en la RedCADE: lo que pidieron los diálogos",
                "Mejorar la atención en los puntos de la RedCADE con lo que la ciudadanía dijo en los diálogos.",
                "SERVICE_POINT_STAFF", "Acción de mejora de los diálogos ciudadanos (devolución)", null,
                "Secretaría General, Red CADE", "VIRTUAL", new BigDecimal("8"), null, 80, null,
                List.of("REL-DIAL", "ADM-CANAL"), List.of()), LOADER);
        long team = catalogue.formTeam(new TeamCommand(c, "11", "EBE-SUBA-1", "Equipo básico extramural Suba 1",
                "EXTRAMURAL_TEAMS"), LOADER);
        catalogue.join(team, new MemberCommand(null, "campo.suba", "Equipo de campo Suba"), LOADER);
        catalogue.join(team, new MemberCommand(null, "local.suba", "Equipo local Suba"), LOADER);
        assistance.record(new AssistanceCommand(c, "20", "ACCOMPANIMENT",
                "Acompañamiento a la alcaldía local de Sumapaz en la lectura del índice de priorización",
                today.minusDays(20), "Priorizar las veredas sin cobertura de equipos extramurales; mesa local mensual.",
                today.plusDays(25), "Subdirección local de Integración Social"), LOADER);
        assistance.record(new AssistanceCommand(c, "11", "VISIT", "Asistencia técnica al equipo local de Suba",
                today.minusDays(10), "Ajustar la ruta de caracterización.", today.plusDays(30),
                "Dirección de Territorios SDIS"), LOADER);
        tools(j);
    }

    /** The EBE programme of the MAS Bienestar model: three sessions, officials and community agents, completions. */
    private void extramuralTeams(Jurisdiction j, LocalDate today) {
        String c = j.code();
        long ebe = planning.plan(new ProgrammeCommand(c, "11001", "EBE-MAS-2026",
                "Formación de equipos básicos extramurales en el modelo MAS Bienestar",
                "Fortalecer las capacidades técnicas, tecnológicas y relacionales de los equipos que visitan los hogares.",
                "EXTRAMURAL_TEAMS", "Momento de gestión: atención integral en el territorio",
                accompanied.demoLink(j, "body", "MESA-MAS"), "Secretaría Distrital de Integración Social", "BLENDED",
                new BigDecimal("12"),
                new BigDecimal("45000000"), 75, new BigDecimal("70"), List.of("TEC-APS", "TEC-CARACT", "REL-DIAL"),
                List.of()),
                LOADER).id();
        planning.open(ebe, LOADER);
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sessions.add(planning.holdSession(new SessionCommand(ebe, today.minusDays(40 - 14L * i),
                    new BigDecimal("4"), i == 1 ? null : "Casa de la Participación de Suba",
                    i == 1 ? "https://meet.example.gov.co/mas-bienestar" : null,
                    "Equipo de formación SDIS; Subred Norte", "Guía MAS Bienestar; protocolo de caracterización"),
                    LOADER).id());
        }
        List<AttendCommand> people = new ArrayList<>();
        people.add(new AttendCommand(null, null, "campo.suba", "Equipo de campo Suba", null));
        people.add(new AttendCommand(null, null, "local.suba", "Equipo local Suba", null));
        agents(j, "H-SUBA-", 6).forEach(p -> people.add(new AttendCommand(null, p, null, null, null)));
        for (int s = 0; s < sessions.size(); s++) {
            for (int k = 0; k < people.size(); k++) {
                if (s < 2 || k % 3 != 2) {
                    AttendCommand a = people.get(k);
                    participation.attend(sessions.get(s), new AttendCommand(null, a.personId(), a.username(),
                            a.name(), 3 + (k + s) % 3), LOADER);
                }
            }
        }
        List<Long> participants = participation.participantsOf(ebe);
        for (int k = 0; k < participants.size(); k++) {
            long id = participants.get(k);
            participation.assess(id, new TrainingParticipation.AssessCommand(new BigDecimal(40 + k * 3),
                    new BigDecimal(k % 4 == 3 ? 60 : 75 + k * 2)), LOADER);
            if (k % 2 == 0 && k % 3 != 2) {
                participation.complete(id, LOADER);
            }
        }
    }

    /**
     * The toolbox, each item with the records that use it: the GSI guide by the Comisión, the Suba fair and the EBE
     * programme; the characterisation protocol by the SuperCADE Suba dialogue; the dialogue guide by the RedCADE
     * dialogues and programme.
     */
    private void tools(Jurisdiction j) {
        String c = j.code();
        long gsi = toolbox.publish(new ItemCommand(c, "GUIA-GSI", "Guía metodológica de la Gestión Social Integral",
                "GUIDE", "MACRO", "Gestión social integral", "Enfoques, momentos y herramientas de la GSI.",
                "https://www.integracionsocial.gov.co", true, links(j, "body", "CIDSSB", "fair", "MAS-SUBA-",
                        "training-programme", "EBE-MAS-2026"),
                "Mesas de macrogestión"), LOADER);
        toolbox.revise(gsi, new Toolbox.RevisionCommand("Incluye el modelo MAS Bienestar y sus cuatro zonas.", null),
                LOADER);
        toolbox.publish(new ItemCommand(c, "PROT-CARACT", "Protocolo de caracterización de hogares", "PROTOCOL",
                "MICRO", "Caracterización", "Pasos de la visita y del registro de la caracterización.", null, false,
                links(j, "dialogue", "redcade-2022-09"), "Equipos básicos extramurales"), LOADER);
        toolbox.publish(new ItemCommand(c, "ANX-EBE", "Anexo técnico: lineamientos de los equipos básicos extramurales",
                "TECHNICAL_ANNEX", "MESO", "Atención primaria social", null, null, false,
                links(j, "body", "MESA-MAS", "training-programme", "EBE-MAS-2026"), "Mesas zonales"), LOADER);
        toolbox.publish(new ItemCommand(c, "GUIA-DIAL", "Guía para diálogos ciudadanos y devolución", "GUIDE", "MICRO",
                "Participación", "Cómo convocar, facilitar y devolver lo dicho.", null, true,
                links(j, "dialogue", "redcade-2022-06", "dialogue", "redcade-2022-09", "dialogue", "redcade-2023-03",
                        "training-programme", "REDCADE-2026"),
                null), LOADER);
        toolbox.publish(new ItemCommand(c, "PROMO-BCB", "Material promocional Barrios con Bienestar",
                "PROMOTIONAL_MATERIAL", "MICRO", "Jornadas de servicios", "Afiches y perifoneo para las jornadas.",
                null, true, links(j, "fair", "MAS-SUBA-"), "Jornadas de servicios"), LOADER);
    }

    /** The demo's links ({@code kind:id}) to the records of these kinds and codes that exist (pairs kind, code). */
    private List<String> links(Jurisdiction j, String... kindsAndCodes) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k + 1 < kindsAndCodes.length; k += 2) {
            String link = uses.demoLink(j, kindsAndCodes[k], kindsAndCodes[k + 1]);
            if (link != null) {
                out.add(link);
            }
        }
        return out;
    }

    private void cucuta(Jurisdiction j) {
        capacity(j.code(), "ANA-RURAL", "Planeación del desarrollo rural", "ANALYTICAL",
                List.of("Diagnóstico veredal", "Plan de acción del corregimiento"), List.of("LOCAL_GOVERNMENTS"));
        LocalDate today = LocalDate.now(j.zoneId());
        assistance.record(new AssistanceCommand(j.code(), "CR-BUE", "VISIT",
                "Asistencia técnica al corregimiento Buena Esperanza para su plan de acción rural",
                today.minusDays(15), "Levantar el diagnóstico veredal con la junta de acción comunal.",
                today.plusDays(45), "Departamento Administrativo de Bienestar Social (DABS) de Cúcuta"), LOADER);
    }

    private void sanAntonio(Jurisdiction j) {
        capacity(j.code(), "TEC-ENC", "Aplicación de encuestas comunales", "TECHNICAL",
                List.of("Aplicar el cuestionario", "Cuidar la confidencialidad de las respuestas"),
                List.of("SURVEYORS"));
        LocalDate today = LocalDate.now(j.zoneId());
        long p = planning.plan(new ProgrammeCommand(j.code(), "05601", "ENC-PLADECO",
                "Capacitación de encuestadores para la encuesta del PLADECO",
                "Preparar a quienes aplicarán la encuesta comunal del Plan de Desarrollo Comunal.", "SURVEYORS",
                "Encuesta del PLADECO", accompanied.demoLink(j, "plan", "PLADECO-2024"),
                "Secretaría Comunal de Planificación", "IN_PERSON", new BigDecimal("6"),
                new BigDecimal("1200000"), 100, null, List.of("TEC-ENC"), List.of()), LOADER).id();
        planning.open(p, LOADER);
        planning.holdSession(new SessionCommand(p, today.minusDays(5), new BigDecimal("3"),
                "Municipalidad de San Antonio, sala de concejo", null, "Equipo SECPLAN",
                "Cuestionario PLADECO; manual del encuestador"), LOADER);
    }

    private void capacity(String jurisdiction, String code, String name, String kind, List<String> competences,
            List<String> neededBy) {
        catalogue.define(new CapacityCommand(jurisdiction, code, name, kind, competences, neededBy), LOADER);
    }

    /** Usable people of the demo households with this code prefix: the community agents of the demo. */
    private List<Long> agents(Jurisdiction j, String prefix, int count) {
        List<Long> out = new ArrayList<>();
        for (Households.HouseholdRef h : households.householdsOf(j.id(), 1000)) {
            if (h.code().startsWith(prefix)) {
                Optional<Households.PersonRef> first = households.usableMembers(h.id()).stream().findFirst();
                first.ifPresent(p -> out.add(p.id()));
            }
            if (out.size() == count) {
                break;
            }
        }
        return out;
    }
}
