package org.minga.fair.internal;

import org.minga.fair.internal.domain.FairStatus;
import org.minga.fair.internal.domain.Stand;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.minga.actor.Actors;
import org.minga.fair.internal.FairRecords.*;
import org.minga.household.Households;
import org.minga.offer.ServiceCard;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.referral.Referrals;
import org.minga.territory.ParsedGeometry;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryGeometries;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seed 000: the 9 Barrios con Bienestar fairs of Cúcuta in the first half of 2024 ending in La Laguna on 24 May
 * (6:30 to 13:00), with the secretarías and their services, the allies and their contributions, the alistamiento,
 * a few hundred registrations (demo people of Cúcuta and new people with authorization), referrals and lessons;
 * and the 2026 schedule, whose coming fairs fill the plan view and the situation room's agenda. Everything goes
 * through the fair's application services, the same checks the pages use.
 */
@Component
record FairDemoData(FairReadModel read, FairQueries queries, FairPlanning planning, FairRegistrations registrations,
        Jurisdictions jurisdictions, Territories territories, Actors actors, Households households, JdbcClient jdbc,
        TerritoryGeometries geometries, Referrals referrals) implements DemoDataset {

    static final CurrentUser DEMO = CurrentUser.demoLoader();

    record Plan(String code, String barrio, LocalDate date, LocalTime from, LocalTime to, String site, String focus) {
    }

    static final LocalTime SEVEN = LocalTime.of(7, 0);
    static final LocalTime ONE = LocalTime.of(13, 0);

    static final List<Plan> H1_2024 = List.of(
            new Plan("BCB-2024-01", "B-C07-01", LocalDate.of(2024, 1, 26), SEVEN, ONE, "Parque principal de Cúcuta 75",
                    "Personas mayores y aseguramiento en salud"),
            new Plan("BCB-2024-02", "B-C08-01", LocalDate.of(2024, 2, 9), SEVEN, ONE, "Cancha múltiple de Atalaya",
                    "Niñez, juventud y familias"),
            new Plan("BCB-2024-03", "B-C08-02", LocalDate.of(2024, 2, 23), SEVEN, ONE,
                    "Salón comunal Carlos Ramírez París", "Mujeres y orientación legal"),
            new Plan("BCB-2024-04", "B-C06-01", LocalDate.of(2024, 3, 8), SEVEN, ONE, "Parque del barrio Aeropuerto",
                    "Día de la mujer: derechos y emprendimiento"),
            new Plan("BCB-2024-05", "B-C09-02", LocalDate.of(2024, 3, 22), SEVEN, ONE, "Colegio de Chapinero",
                    "Educación y jóvenes"),
            new Plan("BCB-2024-06", "B-C04-01", LocalDate.of(2024, 4, 12), SEVEN, ONE, "Parque La Libertad",
                    "Salud pública y vacunación"),
            new Plan("BCB-2024-07", "B-C01-01", LocalDate.of(2024, 4, 26), SEVEN, ONE, "Parque Santander",
                    "Población migrante y trámites"),
            new Plan("BCB-2024-08", "B-C02-01", LocalDate.of(2024, 5, 10), SEVEN, ONE, "Parque de Caobos",
                    "Cultura, recreación y deporte"),
            new Plan("BCB-2024-09", "B-C09-01", LocalDate.of(2024, 5, 24), LocalTime.of(6, 30), ONE,
                    "Cancha y salón comunal de La Laguna",
                    "Oferta social integral para el barrio priorizado de la comuna 9"));

    static final List<String> ENTITIES = List.of("SBS-CUC", "SSA-CUC", "SED-CUC", "SCT-CUC", "SGO-CUC", "SPL-CUC");
    static final String[][] ALLIES = {
            {"VEOLIA-CUC", "EMBELLECIMIENTO", "Embellecimiento del lugar y perifoneo la semana anterior"},
            {"CONFAORIENTA", "REFRIGERIOS", "Refrigerios para la población y recreación para los niños"},
            {"POLCOM-CUC", "LOGISTICA", "Acompañamiento y seguridad de la jornada"}};
    static final String[] OWNERS = {"Departamento Administrativo de Bienestar Social (DABS)",
            "Departamento Administrativo de Bienestar Social (DABS)", "Oficina TIC",
            "Departamento Administrativo de Bienestar Social (DABS)", "Confaorienta",
            "Veolia y líderes de la Junta de Acción Comunal",
            "Oficina de Comunicaciones"};
    static final String[] FIRST_F = {"María", "Luz", "Ana", "Rosa", "Carmen", "Yolanda", "Diana", "Paola", "Sandra",
            "Gloria", "Marisol", "Yuleisy"};
    static final String[] FIRST_M = {"José", "Luis", "Carlos", "Jorge", "Pedro", "Édgar", "Wilmer", "Jhon", "Andrés",
            "Álvaro", "Yesid", "Fredy"};
    static final String[] LAST = {"Contreras", "Villamizar", "Jaimes", "Rincón", "Peñaranda", "Ortega", "Sepúlveda",
            "Carrillo",
            "Duarte", "Galvis", "Quintero", "Bautista", "Suárez", "Parada", "Ramírez", "Mora"};
    static final String[] GROUPS = {"", "", "", "persona mayor", "migrante", "mujer cabeza de hogar",
            "persona con discapacidad", "joven", "victima del conflicto"};

    /**
     * Approximate centres (lat, lon) of the barrios of the demo fairs, for the map of where fairs were held when
     * the demo has no shapes of Cúcuta: small squares around them, not official cartography.
     */
    static final Object[][] CENTRES = {{"B-C01-01", 7.8890, -72.5040}, {"B-C02-01", 7.8985, -72.4930},
            {"B-C04-01", 7.8830, -72.4880}, {"B-C06-01", 7.9200, -72.5080}, {"B-C07-01", 7.9050, -72.5250},
            {"B-C08-01", 7.8830, -72.5400}, {"B-C08-02", 7.8760, -72.5470}, {"B-C09-01", 7.8700, -72.5250},
            {"B-C09-02", 7.8650, -72.5180}};

    @Override
    public String name() {
        return "fairs-barrios-con-bienestar";
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public void load() {
        suba();
        Optional<Jurisdiction> cucuta = jurisdictions.byCode("54001");
        if (cucuta.isEmpty() || territories.byCode(cucuta.get().id(), "B-C09-01").isEmpty()
                || actors.byCode(cucuta.get().id(), "SBS-CUC").isEmpty()) {
            return;
        }
        Jurisdiction j = cucuta.get();
        drawBarrios(j);
        Random random = new Random(54001);
        List<Households.PersonRef> demoPeople = new ArrayList<>();
        for (Households.HouseholdRef h : households.householdsOf(j.id(), 200)) {
            demoPeople.addAll(households.usableMembers(h.id()));
        }
        List<ServiceCard> offer = queries.offerServices(j.id());
        int[] newPeople = {0};
        List<Long> referred = new ArrayList<>();
        List<LocalDate> referredOn = new ArrayList<>();
        for (Plan p : H1_2024) {
            FairView f = fair(j, p, "barrios-con-bienestar-2024", "Barrios con Bienestar", FairStatus.REALIZADA, offer);
            for (Long id : registrations(j, f, 30 + random.nextInt(12), demoPeople, newPeople, random, true)) {
                referred.add(id);
                referredOn.add(p.date());
            }
        }
        answerReferrals(referred, referredOn);
        lessons2024(j);
        schedule2026(j, offer, demoPeople, newPeople, random);
    }

    /**
     * Bogotá's one demo fair, held in Suba a month ago by the MAS Bienestar model (the toolbox's GSI guide names it
     * among the records that use it); nobody registered at its stands in the demo.
     */
    private void suba() {
        Optional<Jurisdiction> bogota = jurisdictions.byCode("11001");
        Optional<TerritoryView> suba = bogota.flatMap(j -> territories.byCode(j.id(), "11"));
        if (suba.isEmpty()) {
            return;
        }
        LocalDate day = LocalDate.now(ZoneId.of(bogota.get().timeZone())).minusDays(30);
        planning.create(new FairForm(bogota.get().code(), "MAS-SUBA-" + day.getYear(),
                "Jornada de servicios MAS Bienestar — Suba", "mas-bienestar-" + day.getYear(), suba.get().id(), day,
                SEVEN, ONE, "Parque Fontanar del Río", "Atención primaria social y oferta de las secretarías",
                FairStatus.REALIZADA.name(), null), DEMO);
    }

    /**
     * The 2024 fairs' referrals as their entities answered them (issue 24): most accepted, attended with their
     * counter-referral and closed; some attended and not yet closed; a few rejected and a few still open.
     */
    private void answerReferrals(List<Long> ids, List<LocalDate> fairDays) {
        String[] outcomes = {"CLOSED", "CLOSED", "ATTENDED", "CLOSED", "CLOSED", "ATTENDED", "CLOSED", "REJECTED",
                "IN_ATTENTION"};
        for (int k = 0; k < ids.size(); k++) {
            String outcome = k == ids.size() - 1 ? "ACCEPTED" : outcomes[k % outcomes.length];
            referrals.tellDemoFairStory(ids.get(k), fairDays.get(k), outcome, k);
        }
    }

    /** A small square around the centre of each barrio of the fairs that has no outline yet, for the map. */
    private void drawBarrios(Jurisdiction j) {
        for (Object[] c : CENTRES) {
            territories.byCode(j.id(), (String) c[0]).filter(t -> geometries.summaryOf(t.id()).isEmpty())
                    .ifPresent(t -> {
                        double lat = (Double) c[1];
                        double lon = (Double) c[2];
                        double d = 0.0035;
                        ParsedGeometry g = geometries.parse(String.format(java.util.Locale.ROOT,
                                "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))", lon - d, lat - d, lon + d, lat - d,
                                lon + d, lat + d,
                                lon - d, lat + d, lon - d, lat - d));
                        if (g.geometry() != null) {
                            geometries.store(t.id(), g.geometry(), DEMO);
                        }
                    });
        }
    }

    private void lessons2024(Jurisdiction j) {
        long laguna = read.byCode(j.id(), "BCB-2024-09").orElseThrow().id();
        planning.addLesson(laguna,
                "El perifoneo de Veolia y el contacto previo con los líderes de la Junta de Acción Comunal "
                        + "explican buena parte de la asistencia: incluirlos en el cronograma de alistamiento de cada jornada.",
                DEMO);
        planning.addLesson(laguna,
                "Abrir a las 6:30 permitió atender a quienes trabajan durante el día; los stands de salud y "
                        + "Sisbén concentran la demanda y necesitan dos puestos de registro.",
                DEMO);
        planning.addLesson(read.byCode(j.id(), "BCB-2024-01").orElseThrow().id(),
                "Registrar a cada persona una sola vez por "
                        + "stand con el formato de población atendida evita contar dos veces a quien visita varios stands.",
                DEMO);
    }

    /** 2026: the yearly plan; fairs already past are held, the coming ones planned or confirmed. */
    private void schedule2026(Jurisdiction j, List<ServiceCard> offer, List<Households.PersonRef> demoPeople,
            int[] newPeople, Random random) {
        LocalDate today = LocalDate.now(ZoneId.of(j.timeZone()));
        String[] barrios = {"B-C08-01", "B-C09-02", "B-C04-01", "B-C07-01", "B-C08-02", "B-C06-01", "B-C09-01",
                "B-C01-01", "B-C02-01", "B-C09-01"};
        LocalDate[] dates = {LocalDate.of(2026, 3, 13), LocalDate.of(2026, 4, 17), LocalDate.of(2026, 5, 22),
                LocalDate.of(2026, 6, 19), LocalDate.of(2026, 7, 24), LocalDate.of(2026, 8, 21),
                LocalDate.of(2026, 9, 25),
                LocalDate.of(2026, 10, 23), LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 11)};
        int upcoming = 0;
        for (int i = 0; i < dates.length; i++) {
            boolean past = dates[i].isBefore(today);
            FairStatus st = past ? FairStatus.REALIZADA : upcoming++ == 0 ? FairStatus.CONFIRMADA : FairStatus.PLANEADA;
            FairView f = fair(j, new Plan("BCB-2026-" + String.format("%02d", i + 1), barrios[i], dates[i], SEVEN, ONE,
                    "Por confirmar con la Junta de Acción Comunal", "Oferta social integral"),
                    "barrios-con-bienestar-2026",
                    "Barrios con Bienestar", st, offer);
            if (past) {
                registrations(j, f, 12 + random.nextInt(8), demoPeople, newPeople, random, false);
            }
        }
        // so the agenda is never empty whenever the demo is loaded
        for (int k = 0; upcoming < 2; k++, upcoming++) {
            LocalDate d = today.plusDays(14 + 21L * k);
            fair(j, new Plan("BCB-" + d.getYear() + "-P" + (k + 1), barrios[k], d, SEVEN, ONE, "Salón comunal",
                    "Oferta social integral"), "barrios-con-bienestar-" + d.getYear(), "Barrios con Bienestar",
                    k == 0 ? FairStatus.CONFIRMADA : FairStatus.PLANEADA, offer);
        }
    }

    private FairView fair(Jurisdiction j, Plan p, String program, String name, FairStatus status,
            List<ServiceCard> offer) {
        TerritoryView t = territories.byCode(j.id(), p.barrio()).orElseThrow();
        FairView f = planning
                .create(new FairForm(j.code(), p.code(), name + " — " + t.name(), program, t.id(), p.date(),
                        p.from(), p.to(), p.site(), p.focus(), status.name(), null), DEMO);
        for (String code : ENTITIES) {
            actors.byCode(j.id(), code)
                    .ifPresent(a -> planning.addParticipant(f.id(), new ParticipantForm(a.id(), "ENTIDAD",
                            "Stand " + (ENTITIES.indexOf(code) + 1), 2 + ENTITIES.indexOf(code) % 3, null, null),
                            DEMO));
        }
        for (String[] ally : ALLIES) {
            actors.byCode(j.id(), ally[0])
                    .ifPresent(a -> planning.addParticipant(f.id(), new ParticipantForm(a.id(), "ALIADO",
                            null, null, ally[1], ally[2]), DEMO));
        }
        for (Participant e : read.participants(f.id())) {
            if (!e.kind().equals("ENTIDAD")) {
                continue;
            }
            for (ServiceCard s : offer) {
                if (e.actorName().equals(s.providerName())) {
                    planning.addService(f.id(), s.id(), e.actorId(), DEMO);
                }
            }
        }
        List<Task> tasks = read.tasks(f.id());
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            String st = status == FairStatus.REALIZADA ? "LISTA"
                    : status == FairStatus.CONFIRMADA ? (i % 2 == 0 ? "LISTA" : "EN_CURSO") : "PENDIENTE";
            planning.updateTask(f.id(), task.id(), OWNERS[i % OWNERS.length], st, task.version(), DEMO);
        }
        return f;
    }

    /** Registers {@code count} attentions at the fair; the ids of the referrals made in them. */
    private List<Long> registrations(Jurisdiction j, FairView f, int count, List<Households.PersonRef> demoPeople,
            int[] newPeople,
            Random random, boolean referrals) {
        List<Long> referred = new ArrayList<>();
        List<Stand> services = read.services(f.id());
        if (services.isEmpty()) {
            return referred;
        }
        for (int i = 0; i < count; i++) {
            Stand s = services.get(random.nextInt(services.size()));
            List<Long> received = new ArrayList<>(List.of(s.serviceId()));
            services.stream().filter(o -> o.actorId() == s.actorId() && o.serviceId() != s.serviceId()).findFirst()
                    .filter(o -> random.nextInt(3) == 0).ifPresent(o -> received.add(o.serviceId()));
            boolean refer = referrals && i % 12 == 5;
            Integer satisfaction = random.nextInt(3) == 0 ? null : 3 + random.nextInt(3);
            RegistrationCommand c;
            if (!demoPeople.isEmpty() && random.nextInt(3) == 0) {
                Households.PersonRef p = demoPeople.get(random.nextInt(demoPeople.size()));
                c = new RegistrationCommand(UUID.randomUUID().toString(), s.actorId(), received, p.id(), null, null,
                        null, null,
                        null, null, null, null, null, null, satisfaction, refer ? "HEALTH" : null,
                        refer ? "Requiere valoración médica y actualización de su afiliación en salud." : null, null,
                        refer, refer);
            } else {
                int n = ++newPeople[0];
                boolean woman = random.nextInt(100) < 58;
                String first = woman ? FIRST_F[random.nextInt(FIRST_F.length)]
                        : FIRST_M[random.nextInt(FIRST_M.length)];
                LocalDate birth = f.date().minusYears(18 + random.nextInt(66)).minusDays(random.nextInt(365));
                String group = GROUPS[random.nextInt(GROUPS.length)];
                if (birth.isBefore(f.date().minusYears(60)) && random.nextBoolean()) {
                    group = "persona mayor";
                }
                c = new RegistrationCommand(UUID.randomUUID().toString(), s.actorId(), received, null, "CC",
                        String.valueOf(1_094_700_000L + n), first, LAST[random.nextInt(LAST.length)], birth,
                        woman ? "F" : "M",
                        group, "31" + (10_000_000 + random.nextInt(89_999_999)), true,
                        "Formato de registro de población atendida "
                                + f.code() + " n.º " + (i + 1),
                        satisfaction, refer ? "INCOME" : null,
                        refer ? "Persona mayor sin ingresos que solicita inscripción a Colombia Mayor." : null, null,
                        refer, null);
            }
            RegistrationView v = registrations.register(f.id(), c, DEMO);
            if (v.referralId() != null) {
                referred.add(v.referralId());
            }
            jdbc.sql("update fair_registration set registered_at = :at where id = :id")
                    .param("at",
                            f.date().atTime(f.startsAt()).plusMinutes(5L + i * 8L).atZone(ZoneId.of(j.timeZone()))
                                    .toOffsetDateTime())
                    .param("id", v.id()).update();
        }
        return referred;
    }
}
