package org.minga.referral.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.minga.actor.ActorStaff;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.Households;
import org.minga.offer.ServiceCard;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewUser;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.referral.internal.domain.Deadline;
import org.minga.referral.internal.domain.ReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo referrals: staff accounts of five receiving entities (role equipo de campo, so that they are not taken for
 * the territory's supervisors; as entity staff they see only their entity's referrals here), the four care routes of seed 002 in Bogotá and
 * Cúcuta, and referrals in every state, some overdue, for the demo people of Suba, Kennedy and Cúcuta.
 */
@Component
record ReferralDemoData(Jurisdictions jurisdictions, UserAccounts users, ActorStaff staff, Actors actors,
        Households households, ServiceCatalog catalog, ReferralCreation creation, ReferralTransitions transitions,
        ReferralReadModel read, CareRouteService routes, JdbcClient jdbc,
        TransactionTemplate tx) implements DemoDataset {

    static final CurrentUser DEMO = CurrentUser.demoLoader();
    static final String PASSWORD = "minga2026";

    /** username, full name, jurisdiction, actor code, position */
    static final String[][] STAFF = {
            {"salud.bogota", "Diana Rojas (Secretaría Distrital de Salud)", "11001", "SDS",
                    "Referente de canalizaciones"},
            {"integracion.bogota", "Jorge Castillo (Integración Social)", "11001", "SDIS",
                    "Profesional de respuesta social"},
            {"mujer.bogota", "Paola Méndez (Secretaría de la Mujer)", "11001", "SDMUJER", "Abogada CIO"},
            {"salud.cucuta", "Luz Marina Pabón (Secretaría de Salud de Cúcuta)", "54001", "SSA-CUC",
                    "Referente de canalizaciones"},
            {"bienestar.cucuta", "Hernán Villamizar (DABS Cúcuta)", "54001", "SBS-CUC",
                    "Profesional psicosocial"}};

    record Step(String name, String actor, String service, int days) {
    }

    record Route(String code, String name, String need, String description, List<Step> steps) {
    }

    static List<Route> routes(boolean bogota) {
        String health = bogota ? "SDS" : "SSA-CUC";
        String social = bogota ? "SDIS" : "SBS-CUC";
        String education = bogota ? "SED" : "SED-CUC";
        String women = bogota ? "SDMUJER" : "SGO-CUC";
        String protection = bogota ? "SDG" : "SGO-CUC";
        return List.of(
                new Route("RUTA-SAN", "Ruta de acceso a la seguridad alimentaria", "FOOD",
                        "Para hogares con inseguridad alimentaria o niñas y niños con riesgo de desnutrición.", List.of(
                                new Step("Valoración nutricional", health, null, 5),
                                new Step("Inscripción en apoyo alimentario", social,
                                        bogota ? "COMEDORES" : "RENTA-CIUDADANA", 10),
                                new Step("Seguimiento nutricional", health, null, 20))),
                new Route("RUTA-GESTANTES", "Ruta de acceso a servicios para adolescentes gestantes", "HEALTH",
                        "Adolescentes gestantes: control prenatal, derechos, permanencia escolar y acompañamiento.",
                        List.of(
                                new Step("Control prenatal de primera vez", health, bogota ? null : "GESTANTES-CUC", 3),
                                new Step("Orientación en derechos sexuales y reproductivos", women,
                                        bogota ? "CIO-MUJERES" : "ORIENTACION-LEGAL", 5),
                                new Step("Permanencia escolar", education, null, 10),
                                new Step("Acompañamiento psicosocial a la familia", social,
                                        bogota ? null : "ATENCION-PSICOSOCIAL", 10))),
                new Route("RUTA-DISCAPACIDAD",
                        "Ruta de acceso a servicios para niñas y niños en situación de discapacidad", "CARE",
                        "Certificación, rehabilitación, educación inclusiva y apoyo a cuidadores.", List.of(
                                new Step("Certificación de discapacidad", health, null, 20),
                                new Step("Rehabilitación funcional", health, null, 15),
                                new Step("Educación inclusiva", education, null, 15),
                                new Step("Apoyo a personas cuidadoras", social, null, 10))),
                new Route("RUTA-VIOLENCIAS", "Ruta de atención a la violencia sexual e intrafamiliar", "PSYCHOSOCIAL",
                        "Atención en salud de urgencia, orientación jurídica, medidas de protección y acompañamiento.",
                        List.of(
                                new Step("Atención en salud de urgencia", health, null, 1),
                                new Step("Orientación sociojurídica", women,
                                        bogota ? "CIO-MUJERES" : "ORIENTACION-LEGAL", 2),
                                new Step("Medidas de protección (comisaría de familia)", protection, null, 3),
                                new Step("Atención psicosocial", social, bogota ? null : "ATENCION-PSICOSOCIAL", 5))));
    }

    @Override
    public String name() {
        return "referrals";
    }

    @Override
    public int order() {
        return 640;
    }

    @Override
    public void load() {
        tx.executeWithoutResult(s -> {
            for (String code : List.of("11001", "54001")) {
                Optional<Jurisdiction> j = jurisdictions.byCode(code);
                if (j.isEmpty() || actors.byCode(j.get().id(), code.equals("11001") ? "SDS" : "SSA-CUC").isEmpty()
                        || households.householdsOf(j.get().id(), 1).isEmpty()) {
                    continue;
                }
                load(j.get());
            }
        });
    }

    private void load(Jurisdiction j) {
        boolean bogota = j.code().equals("11001");
        entityStaff(j);
        List<Long> routeIds = careRoutes(j, bogota);
        List<Households.PersonRef> people = people(j);
        int count = referrals(j, bogota, people);
        // care routes applied to a few people: the first step sent, some answered so the route moves on
        for (int k = 0; k < 4 && count + k < people.size(); k++) {
            Households.PersonRef p = people.get(count + k);
            CareRouteViews.ApplicationView app = routes.apply(routeIds.get(k),
                    new CareRouteViews.ApplyCommand(p.id(),
                            "Caso identificado en visita domiciliaria", "FIELD_VISIT", "Demostración", "HIGH", true,
                            "Formato de autorización para compartir datos FR-" + (2000 + k),
                            "Caso priorizado por la ruta aunque no cumple todos los criterios."),
                    DEMO);
            for (CareRouteViews.ProgressStep st : app.steps()) {
                backdate(j, st.referralId(), 12 - k, jdbc.sql("select business_days from referral where id = :id")
                        .param("id", st.referralId()).query(Integer.class).single());
            }
            if (k % 2 == 0) {
                long first = app.steps().get(0).referralId();
                long actorId = jdbc.sql("select actor_id from referral where id = :id").param("id", first)
                        .query(Long.class).single();
                walk(first, ReferralStatus.ATTENDED, receiver(j, actorId));
            }
        }
    }

    private void entityStaff(Jurisdiction j) {
        for (String[] s : STAFF) {
            if (!s[2].equals(j.code())) {
                continue;
            }
            long actorId = actors.byCode(j.id(), s[3]).orElseThrow().id();
            if (users.idOf(s[0]).isEmpty()) {
                users.createDemoUser(new NewUser(s[0], PASSWORD, s[1], null, Role.ENTITY_STAFF, j.id(), null));
            }
            if (!staff.isStaff(actorId, users.idOf(s[0]).orElseThrow())) {
                staff.assign(actorId, s[0], s[4], DEMO);
            }
        }
    }

    /** The care routes of the jurisdiction and the demo response times of some services; the routes' ids. */
    private List<Long> careRoutes(Jurisdiction j, boolean bogota) {
        Map<String, Long> services = serviceIds(j);
        List<Long> routeIds = new ArrayList<>();
        for (Route r : routes(bogota)) {
            List<CareRouteViews.StepCommand> steps = r.steps().stream()
                    .map(st -> new CareRouteViews.StepCommand(st.name(),
                            null, null, st.actor(), st.service() == null ? null : services.get(st.service()),
                            st.days()))
                    .toList();
            routeIds.add(routes.create(j,
                    new CareRouteViews.RouteCommand(r.code(), r.name(), r.description(), r.need(), steps), DEMO)
                    .id());
        }
        for (String[] d : List.of(new String[]{"RENTA-CIUDADANA", "8"}, new String[]{"ORIENTACION-LEGAL", "3"},
                new String[]{"COMEDORES", "10"}, new String[]{"CIO-MUJERES", "2"},
                new String[]{"APOYO-PERSONA-MAYOR", "15"})) {
            if (services.containsKey(d[0])) {
                catalog.setServiceDays(j, services.get(d[0]), Integer.parseInt(d[1]), DEMO);
            }
        }
        return routeIds;
    }

    /** Up to 60 usable people, from households of every demo area (Suba and Kennedy in Bogotá) in turns. */
    private List<Households.PersonRef> people(Jurisdiction j) {
        List<Households.PersonRef> people = new ArrayList<>();
        // households of every demo area (Suba and Kennedy in Bogotá), taken in turns
        Map<String, List<Households.HouseholdRef>> byArea = new java.util.TreeMap<>();
        for (Households.HouseholdRef h : households.householdsOf(j.id(), 1000)) {
            byArea.computeIfAbsent(h.code().replaceAll("-\\d+$", ""), k -> new ArrayList<>()).add(h);
        }
        for (int i = 0; people.size() < 60 && i < 40; i++) {
            for (List<Households.HouseholdRef> area : byArea.values()) {
                if (i < area.size()) {
                    List<Households.PersonRef> members = households.usableMembers(area.get(i).id());
                    if (!members.isEmpty()) {
                        people.add(members.get(0));
                    }
                }
            }
        }
        return people;
    }

    /** Referrals in every state, some created weeks ago and still open (overdue); how many people they took. */
    private int referrals(Jurisdiction j, boolean bogota, List<Households.PersonRef> people) {
        Map<String, Long> services = serviceIds(j);
        Random random = new Random(bogota ? 11 : 54);
        String[][] needs = bogota ? new String[][]{
                {"FOOD", "Hogar con inseguridad alimentaria severa: comen una vez al día.", "COMEDORES", "SDIS"},
                {"HEALTH", "Persona mayor hipertensa sin controles médicos hace un año.", null, "SDS"},
                {"LEGAL", "Mujer que refiere violencia económica de su pareja; pide orientación.", "CIO-MUJERES",
                        "SDMUJER"},
                {"INCOME", "Persona mayor sin pensión ni ingresos.", "APOYO-PERSONA-MAYOR", "SDIS"},
                {"PSYCHOSOCIAL", "Adolescente con señales de consumo; la familia pide apoyo.", null, "SDIS"},
                {"HEALTH", "Niña de 3 años con esquema de vacunación incompleto.", null, "SDS"}}
                : new String[][]{
                        {"INCOME", "Hogar en pobreza extrema con niños, sin transferencias.", "RENTA-CIUDADANA",
                                "SBS-CUC"},
                        {"HEALTH", "Gestante sin control prenatal.", "GESTANTES-CUC", "SSA-CUC"},
                        {"LEGAL", "Conflicto de vivienda con el arrendador; riesgo de desalojo.", "ORIENTACION-LEGAL",
                                "SGO-CUC"},
                        {"PSYCHOSOCIAL", "Familia migrante con duelo reciente.", "ATENCION-PSICOSOCIAL", "SBS-CUC"},
                        {"HEALTH", "Persona sin afiliación al régimen subsidiado.", "ASEGURAMIENTO-SALUD", "SSA-CUC"}};
        // every state, several times, with some created weeks ago and still open (overdue)
        ReferralStatus[] targets = {ReferralStatus.CREATED, ReferralStatus.SENT, ReferralStatus.RECEIVED,
                ReferralStatus.ACCEPTED,
                ReferralStatus.REJECTED, ReferralStatus.IN_ATTENTION, ReferralStatus.ATTENDED, ReferralStatus.CLOSED,
                ReferralStatus.RETURNED, ReferralStatus.CANCELLED, ReferralStatus.SENT, ReferralStatus.RECEIVED,
                ReferralStatus.CLOSED, ReferralStatus.ATTENDED, ReferralStatus.ACCEPTED, ReferralStatus.CLOSED};
        int count = Math.min(people.size() - 4, targets.length + 6);
        for (int i = 0; i < count; i++) {
            Households.PersonRef p = people.get(i);
            String[] need = needs[i % needs.length];
            Long service = need[2] == null ? null : services.get(need[2]);
            ActorSummary actor = actors.byCode(j.id(), need[3]).orElseThrow();
            ReferralViews.ReferralDetail r = creation.create(new ReferralViews.ReferralCommand(p.id(), null, need[0],
                    need[1],
                    List.of("FIELD_VISIT", "ATTENTION", "SERVICE_FAIR", "ALERT").get(i % 4), "Demostración", service,
                    actor.id(), List.of("MEDIUM", "HIGH", "LOW", "URGENT").get(i % 4), null,
                    "Caso priorizado por el equipo territorial aunque no cumple todos los criterios.", true,
                    "Formato de autorización para compartir datos FC-" + (1000 + i)), DEMO);
            int ageDays = 3 + random.nextInt(40);
            backdate(j, r.id(), ageDays, r.progress().businessDays());
            ReferralStatus target = i < targets.length ? targets[i]
                    : List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED,
                            ReferralStatus.ACCEPTED).get(i % 3);
            walk(r.id(), target, receiver(j, actor.id()));
        }
        return count;
    }

    private Map<String, Long> serviceIds(Jurisdiction j) {
        Map<String, Long> services = new java.util.HashMap<>();
        for (ServiceCard c : catalog.services(j.id())) {
            services.put(c.code(), c.id());
        }
        return services;
    }

    private CurrentUser receiver(Jurisdiction j, long actorId) {
        for (ActorStaff.Member m : staff.staffOf(actorId)) {
            return new CurrentUser(m.userId(), m.username(), m.username(), Role.ENTITY_STAFF, j.id(), null);
        }
        return DEMO;
    }

    /** Demo only: pretend the referral was created {@code days} ago (and its deadline counted from then). */
    private void backdate(Jurisdiction j, long id, int days, int businessDays) {
        LocalDate created = read.today(j.id()).minusDays(days);
        jdbc.sql(
                "update referral set created_on = :c, due_on = :d, created_at = created_at - make_interval(days => :n) where id = :id")
                .param("c", created).param("d", Deadline.of(j.country(), created, businessDays).dueOn())
                .param("n", days)
                .param("id", id).update();
        jdbc.sql("update referral_transition set at = at - make_interval(days => :n) where referral_id = :id")
                .param("n", days)
                .param("id", id).update();
    }

    private void walk(long id, ReferralStatus target, CurrentUser receiver) {
        List<ReferralStatus> path = switch (target) {
            case CREATED -> List.of();
            case SENT -> List.of(ReferralStatus.SENT);
            case RECEIVED -> List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED);
            case ACCEPTED -> List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED);
            case REJECTED -> List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.REJECTED);
            case IN_ATTENTION -> List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED,
                    ReferralStatus.IN_ATTENTION);
            case ATTENDED -> List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED,
                    ReferralStatus.IN_ATTENTION,
                    ReferralStatus.ATTENDED);
            case CLOSED -> List.of(ReferralStatus.SENT, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED,
                    ReferralStatus.IN_ATTENTION,
                    ReferralStatus.ATTENDED, ReferralStatus.CLOSED);
            case RETURNED -> List.of(ReferralStatus.SENT, ReferralStatus.RETURNED);
            case CANCELLED -> List.of(ReferralStatus.CANCELLED);
        };
        for (ReferralStatus to : path) {
            String current = jdbc.sql("select status from referral where id = :id").param("id", id).query(String.class)
                    .single();
            if (!ReferralStatus.valueOf(current).canMoveTo(to)) {
                continue;
            }
            String reason = switch (to) {
                case REJECTED -> "La persona ya recibe este apoyo por otro programa.";
                case RETURNED -> "El caso corresponde a otra entidad (Secretaría de Gobierno).";
                case CANCELLED -> "La familia se trasladó de ciudad.";
                default -> null;
            };
            transitions.transition(id, new ReferralViews.TransitionCommand(to.name(), reason,
                    to == ReferralStatus.ATTENDED ? "Se hizo la valoración y se inscribió a la persona en el servicio."
                            : null,
                    to == ReferralStatus.ATTENDED ? "Necesidad atendida; la persona recibe el servicio." : null,
                    to == ReferralStatus.ATTENDED ? "Seguimiento en la próxima visita del equipo básico." : null, null),
                    to.madeBy() == ReferralStatus.Side.RECEIVER ? receiver : DEMO);
        }
    }
}
