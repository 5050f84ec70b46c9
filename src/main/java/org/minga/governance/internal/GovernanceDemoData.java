package org.minga.governance.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.actor.Actors;
import org.minga.governance.internal.BarrierService.BarrierForm;
import org.minga.governance.internal.BarrierReadModel.BarrierView;
import org.minga.governance.internal.BarrierService.StepForm;
import org.minga.governance.internal.BodyForms.BodyForm;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.BodyReadModel.MemberView;
import org.minga.governance.internal.CommitmentForms.CommitmentForm;
import org.minga.governance.internal.CommitmentReadModel.CommitmentView;
import org.minga.governance.internal.CommitmentForms.ProgressForm;
import org.minga.governance.internal.SessionService.AttendanceForm;
import org.minga.governance.internal.SessionService.MinutesForm;
import org.minga.governance.internal.SessionService.SessionForm;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.household.Households;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bogotá's governance bodies (seed 004, and the Consejo de Política Social and Coordinación del Eje Social of seed 002):
 * the Comisión, the Mesa MAS Bienestar, the four Mesas de Coordinación Técnica and the 20 Mesas Locales APS, with
 * members, past sessions with attendance and approved actas, commitments in every status and one barrier escalated
 * from Suba to Zona Norte to the Comisión and decided. Responsible users (local.suba, zona.norte, distrito) are linked
 * once the demo accounts exist.
 */
@Component
record GovernanceDemoData(BodyService bodies, SessionService sessions, CommitmentService commitments,
        CommitmentCreation creation, BarrierService barriers, ExerciseService exercises, PetitionService petitions,
        Networks networks, NetworkMeetings meetings, Leaderships leaderships, ExerciseIndicators indicators,
        Households households,
        Jurisdictions jurisdictions,
        Territories territories, Actors actors, JdbcClient jdbc) implements DemoDataset {

    static final CurrentUser DEMO = CurrentUser.demoLoader();

    @Override
    public String name() {
        return "bogota-governance";
    }

    @Override
    public int order() {
        return 600;
    }

    /** The bodies of the demo: the Comisión, the MAS table, four zonal tables and the local tables. */
    private record Bodies(BodyView comision, BodyView mas, Map<String, BodyView> zonal, Map<String, BodyView> local) {
        BodyView suba() {
            return local.get("11");
        }
    }

    @Override
    public void load() {
        Optional<Jurisdiction> oj = jurisdictions.byCode("11001");
        if (oj.isEmpty() || territories.byCode(oj.get().id(), "11").isEmpty()
                || actors.byCode(oj.get().id(), "SDS").isEmpty()) {
            return;
        }
        Jurisdiction j = oj.get();
        LocalDate today = LocalDate.now(j.zoneId());
        Bodies all = bodies(j);
        sessionsAndCommitments(all, today);
        barrier(all.suba());
        petitions(all);
        exercise(today);
        networkAndLeaders(j, today);
        cucuta();
    }

    /** Cúcuta's Consejo Municipal de Política Social (seed 002), led by the alcaldía, with its secretariat. */
    private void cucuta() {
        Optional<Jurisdiction> oj = jurisdictions.byCode("54001");
        if (oj.isEmpty() || actors.byCode(oj.get().id(), "SBS-CUC").isEmpty()
                || territories.byCode(oj.get().id(), "54001").isEmpty()) {
            return;
        }
        Jurisdiction j = oj.get();
        BodyView cps = body(j, "CMPS-CUC", "Consejo Municipal de Política Social de Cúcuta", "SOCIAL_POLICY_COUNCIL",
                "54001", null, "SBS-CUC");
        person(cps, 1, "Secretaría técnica del consejo", "bienestar.cucuta");
        pastSessions(cps, LocalDate.now(j.zoneId()), 1)
                .forEach(s -> sessions.approve(s.id(), sessions.byId(s.id()).orElseThrow().version(), DEMO));
    }

    private Bodies bodies(Jurisdiction j) {
        BodyView comision = body(j, "CIDSSB", null, "INTERSECTORAL_COMMISSION", "11001", null, "SDS");
        body(j, "CPS-BOG", "Consejo Distrital de Política Social", "SOCIAL_POLICY_COUNCIL", "11001", null, "SDIS");
        body(j, "CES-BOG", "Coordinación del Eje Social", "SOCIAL_AXIS_COORDINATION", "11001", null, "SDIS");
        BodyView mas = body(j, "MESA-MAS", null, "MAS_BIENESTAR_TABLE", "11001", "CIDSSB", "SDS");
        tier(j, "MESA-MAS-GER", "Mesa MAS Bienestar – mesa gerencia", "MANAGEMENT_TABLE", "Gerencia del Modelo");
        tier(j, "MESA-MAS-TEC", "Mesa MAS Bienestar – mesa técnica", "TECHNICAL_TABLE", "Equipo técnico del Modelo");
        person(comision, 1, "Secretaría técnica de la Comisión", "distrito");
        Map<String, BodyView> zonal = new HashMap<>();
        for (String z : List.of("ZN", "ZS", "ZSO", "ZCO")) {
            TerritoryView zone = territories.byCode(j.id(), z).orElseThrow();
            zonal.put(z, body(j, "MCT-" + z, "Mesa de Coordinación Técnica – " + zone.name(),
                    "TECHNICAL_COORDINATION_TABLE", z, "CIDSSB", "SDS"));
        }
        person(zonal.get("ZN"), 1, "Líder zonal de APSocial Norte", "zona.norte");
        Map<String, BodyView> local = new HashMap<>();
        for (int i = 1; i <= 20; i++) {
            String code = String.format("%02d", i);
            Optional<TerritoryView> loc = territories.byCode(j.id(), code);
            if (loc.isEmpty() || loc.get().parentId() == null) {
                continue;
            }
            String zoneCode = territories.byId(loc.get().parentId()).orElseThrow().code();
            local.put(code, body(j, "MLAPS-" + code, "Mesa Local APS " + loc.get().name(), "LOCAL_APS_TABLE", code,
                    zonal.containsKey(zoneCode) ? "MCT-" + zoneCode : null, "SDS"));
        }
        BodyView suba = local.get("11");
        person(suba, 0, "Líder local de APSocial Suba", "local.suba");
        bodies.addMember(suba.id(), new BodyForms.MemberForm("SDIS", "Delegada SDIS Suba",
                "Subdirección local de integración social", null, null, "integrante"), DEMO);
        bodies.addMember(suba.id(), new BodyForms.MemberForm("JAC-RINCON", "Presidenta JAC El Rincón",
                "Representante comunitaria", null, null, "integrante"), DEMO);
        return new Bodies(comision, mas, zonal, local);
    }

    /** Past sessions with attendance and approved actas, the commitments made, then the calendar ahead. */
    private void sessionsAndCommitments(Bodies all, LocalDate today) {
        Map<String, BodyView> zonal = all.zonal();
        BodyView suba = all.suba();
        List<SessionView> held = new ArrayList<>();
        for (BodyView b : List.of(all.comision(), all.mas(), zonal.get("ZN"), zonal.get("ZS"), zonal.get("ZSO"),
                zonal.get("ZCO"))) {
            held.addAll(pastSessions(b, today, 2));
        }
        for (BodyView b : all.local().values()) {
            List<SessionView> past = pastSessions(b, today, b == suba ? 3 : 1);
            held.addAll(past);
            SessionView last = past.get(past.size() - 1);
            commitment(b, last, "Actualizar el mapa de activos sociales de la localidad", "SDS", null,
                    today.minusDays(20), "DONE", "Mapa de actores y activos");
            commitment(b, last, "Concertar con la alcaldía local el espacio para la jornada de servicios", "SDG",
                    List.of("SDIS"), today.minusDays(12), null, null);
            commitment(b, null, "Presentar la caracterización de hogares priorizados", "SDS", List.of("SDIS", "SED"),
                    today.plusDays(15), "IN_PROGRESS", "Caracterización territorial");
        }
        for (BodyView b : List.of(all.comision(), zonal.get("ZN"))) {
            commitment(b, null, "Consolidar las barreras de acceso reportadas por las mesas", "SDS",
                    List.of("SDIS", "SDG"), today.plusDays(1), "IN_PROGRESS", "Reducir barreras de acceso");
            commitment(b, null, "Informe de seguimiento al plan de acción intersectorial", "SDS", List.of("SED"),
                    today.minusDays(10), null, null);
        }
        // the commitments are made; the actas are approved and the sessions close
        for (SessionView s : held) {
            sessions.approve(s.id(), sessions.byId(s.id()).orElseThrow().version(), DEMO);
        }
        commitment(suba, null, "Gestionar cupos de jardín infantil para hogares priorizados de El Rincón", "SDIS",
                List.of("SDS"), today.plusDays(3), null, "Primera infancia");
        commitment(suba, null, "Mesa de trabajo con EPS sobre autorizaciones", "SDS", null, today.plusDays(30),
                "CANCELLED", null);
        sessions.create(new SessionForm(suba.id(), today.plusDays(10).atTime(9, 0), 120,
                "Alcaldía Local de Suba, salón de juntas", null, "2. Lectura territorial de la UPZ El Rincón", null),
                DEMO);
        bodies.generateCalendar(all.comision().id(), new BodyForms.CalendarForm(today.plusMonths(1).withDayOfMonth(15),
                today.plusMonths(12), LocalTime.of(8, 0), "Palacio Liévano"), DEMO);
        bodies.generateCalendar(zonal.get("ZN").id(), new BodyForms.CalendarForm(today.plusDays(7),
                today.plusMonths(6), LocalTime.of(14, 0), "Subred Norte, sede administrativa"), DEMO);
    }

    /** One barrier from Suba up to the Comisión, and decided there. */
    private void barrier(BodyView suba) {
        BarrierView b = barriers.raise(new BarrierForm(suba.id(), "barrera", "ACCESS",
                "Hogares migrantes sin afiliación no acceden a la vacunación en los puntos fijos",
                "Los puntos fijos de vacunación de Suba exigen afiliación a EPS; las familias migrantes irregulares son devueltas.",
                "11", List.of()), DEMO);
        b = barriers.escalate(b.id(), new StepForm(
                "La mesa local no puede cambiar los requisitos de los puntos fijos; se pide gestión con la subred.",
                b.version()), DEMO);
        b = barriers.escalate(b.id(), new StepForm(
                "El requisito proviene de una instrucción distrital; se requiere decisión intersectorial.",
                b.version()), DEMO);
        barriers.resolve(b.id(), new StepForm(
                "La Comisión instruye atender a toda persona sin exigir afiliación en puntos fijos y jornadas; "
                        + "la SDS emite la circular en 15 días y la SDIS orienta a las familias.",
                b.version()), DEMO);
    }

    /** Suba's table raises two matters: one the zonal table answered, one still before the Comisión. */
    private void petitions(Bodies all) {
        PetitionReadModel.PetitionView p = petitions.raise(new PetitionService.PetitionForm(all.suba().id(),
                all.zonal().get("ZN").id(), "Ruta de transporte para las jornadas de salud en las veredas de Suba",
                "Las familias de las veredas no llegan a los puntos fijos; se pide una ruta en las jornadas."), DEMO);
        petitions.answer(p.id(),
                "La subred asigna dos vehículos para las jornadas de las veredas desde el próximo mes.",
                p.version(), DEMO);
        petitions.raise(new PetitionService.PetitionForm(all.suba().id(), all.comision().id(),
                "Oferta de educación nocturna para personas cuidadoras en Suba", null), DEMO);
    }

    private void exercise(LocalDate today) {
        long ex = exercises.create(new ExerciseService.ExerciseForm("11001", "EJD-SUBA-RINCON",
                "Ejercicio demostrativo El Rincón",
                "Demostrar la respuesta integrada de salud, integración social y educación a los hogares priorizados de El Rincón.",
                "11", "MLAPS-11", List.of("SDS", "SDIS", "SED", "JAC-RINCON"), List.of(), today.minusMonths(2),
                today.plusMonths(4)), DEMO).id();
        exercises.addMilestone(ex, new ExerciseService.MilestoneForm("Hogares priorizados caracterizados",
                today.minusMonths(1), today.minusMonths(1).plusDays(3)), DEMO);
        exercises.addMilestone(ex,
                new ExerciseService.MilestoneForm("Primera ruta integrada activada", today.plusMonths(1), null), DEMO);
        exercises.addNote(ex, "Se caracterizaron 120 hogares; 35 requieren oferta de SDIS.", DEMO);
        var ind = indicators.define(ex, new ExerciseIndicators.IndicatorForm("Hogares priorizados con ruta integrada",
                "hogares", true, java.math.BigDecimal.ZERO, today.minusMonths(2), java.math.BigDecimal.valueOf(120),
                today.plusMonths(4)), DEMO);
        indicators.measure(ex, ind.id(), new ExerciseIndicators.MeasurementForm(today.minusDays(10),
                java.math.BigDecimal.valueOf(35), "Primer corte", ind.version()), DEMO);
        bodies.create(new BodyForm("11001", "UTA-RINCON", "Unidad Técnica de Apoyo El Rincón", "SUPPORT_TECHNICAL_UNIT",
                "MICRO", "11", "MLAPS-11", "FORTNIGHTLY", 51, null, null, null, null, null, today.plusMonths(4),
                "EJD-SUBA-RINCON", "Respuesta integrada a los hogares priorizados de El Rincón"), DEMO);
    }

    /** Suba's Red MAS Bienestar feeding its local table, with a person of a demo household; two leaders. */
    private void networkAndLeaders(Jurisdiction j, LocalDate today) {
        String suba = territories.byCode(j.id(), "11").orElseThrow().path();
        List<Households.PersonRef> people = households.householdsOf(j.id(), 200).stream()
                .filter(h -> h.territoryPath().startsWith(suba)).flatMap(h -> households.usableMembers(h.id()).stream())
                .limit(2).toList();
        var n = networks.create(new Networks.NetworkForm(j.code(), "RED-SUBA", "Red MAS Bienestar Suba – El Rincón",
                "Articular la oferta de salud, integración social y educación con las organizaciones de El Rincón.",
                "11", List.of(), "MLAPS-11"), DEMO);
        int v = n.version();
        for (String actor : List.of("SDS", "SDIS", "JAC-RINCON")) {
            v = networks.join(n.id(), new Networks.MemberForm(actor, null, null, v), DEMO).network().version();
        }
        meetings.record(n.id(), new NetworkMeetings.MeetingForm(today.minusDays(12), "Salón comunal El Rincón",
                List.of("SDS", "SDIS", "JAC-RINCON"), "Priorizar las visitas conjuntas a los hogares con alertas de "
                        + "inseguridad alimentaria y abrir un punto de orientación en el salón comunal.",
                "La JAC convoca a las familias; SDS y SDIS llevan su oferta el primer sábado del mes."), DEMO);
        for (int k = 0; k < people.size(); k++) {
            Households.PersonRef p = people.get(k);
            v = networks.join(n.id(), new Networks.MemberForm(null, p.id(), "Vocera comunitaria", v), DEMO).network()
                    .version();
            var l = leaderships.recognise(new Leaderships.LeadershipForm(p.id(), "JAC-RINCON", "Salud comunitaria",
                    today.minusYears(1), k == people.size() - 1), DEMO);
            leaderships.addStep(l.leadership().id(), new Leaderships.StepForm("TRAINING",
                    "Escuela de liderazgo en salud", today.minusMonths(3), l.leadership().version()), DEMO);
        }
    }

    /** A tier of the Mesa MAS Bienestar (seed 004: mesa gerencia and mesa técnica, equal power of decision). */
    private void tier(Jurisdiction j, String code, String name, String type, String position) {
        BodyView t = bodies.create(new BodyForm(j.code(), code, name, type, "MACRO", "11001", null, "MONTHLY", 51,
                null, null, null, null, "MESA-MAS", null, null, null), DEMO);
        bodies.addMember(t.id(), new BodyForms.MemberForm("SDS", null, position, null, null, "lidera"), DEMO);
    }

    private BodyView body(Jurisdiction j, String code, String name, String template, String territory, String parent,
            String actor) {
        return bodies.create(new BodyForm(j.code(), code, name, null, null, territory, parent, null, 51, null, template,
                actor, null, null, null, null, null), DEMO);
    }

    /** Names the person of seat {@code index} and links the account once it exists. */
    private void person(BodyView b, int index, String name, String username) {
        MemberView m = bodies.members(b.id()).get(index);
        jdbc.sql("update gov_member set person_name = :n, pending_username = :u where id = :id").param("n", name)
                .param("u", username).param("id", m.id()).update();
    }

    private List<SessionView> pastSessions(BodyView b, LocalDate today, int count) {
        List<SessionView> out = new ArrayList<>();
        List<MemberView> members = bodies.members(b.id());
        // a month apart for a monthly table, four months for the Comisión: as the body's periodicity says
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = today.minusDays(5);
        for (int i = 0; i < count; i++) {
            day = b.periodicity().previous(day);
            days.add(0, day);
        }
        for (LocalDate on : days) {
            SessionView s = sessions.create(new SessionForm(b.id(), on.atTime(9, 0), 120,
                    "Sede de la " + b.name(), null, "2. Lectura territorial\n3. Varios", null), DEMO);
            Map<Long, String> att = new HashMap<>();
            for (int k = 0; k < members.size(); k++) {
                att.put(members.get(k).id(), k % 5 == 4 ? "excusa" : "presente");
            }
            s = sessions.recordAttendance(s.id(), new AttendanceForm(att, s.version()), DEMO);
            s = sessions.saveMinutes(s.id(),
                    new MinutesForm("Se revisaron los compromisos abiertos y la lectura territorial. "
                            + "Se acordaron acciones intersectoriales para los hogares priorizados.",
                            "Aprobar el plan de trabajo del periodo.", s.version()),
                    DEMO);
            out.add(s);
        }
        return out;
    }

    private void commitment(BodyView b, SessionView s, String title, String actor, List<String> co, LocalDate due,
            String status,
            String goal) {
        MemberView lead = bodies.members(b.id()).stream().filter(m -> m.role() != Gov.MemberRole.OCCASIONAL_GUEST)
                .findFirst().orElseThrow();
        MemberView responsible = bodies.members(b.id()).stream()
                .filter(m -> jdbc.sql("select pending_username is not null from gov_member where id = :id")
                        .param("id", m.id())
                        .query(Boolean.class).single())
                .findFirst().orElse(lead);
        CommitmentView c = creation.create(new CommitmentForm(b.id(), s == null ? null : s.id(), title, null, actor,
                responsible.id(), null, null, co, goal, due, null), DEMO);
        if (status != null) {
            commitments.progress(c.id(), new ProgressForm(status, "DONE".equals(status) ? 100 : 40,
                    "DONE".equals(status) ? "Cumplido; evidencia en la carpeta de la mesa."
                            : "Avance revisado en sesión.",
                    null, c.version()), DEMO);
        }
    }
}
