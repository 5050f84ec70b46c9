package org.minga.household.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.minga.household.internal.alert.AlertRecords.RuleCommand;
import org.minga.household.internal.alert.AlertRuleService;
import org.minga.household.internal.care.CarePlanRecords.ActionCommand;
import org.minga.household.internal.care.CarePlanRecords.CarePlanCommand;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanRecords.VisitCommand;
import org.minga.household.internal.care.CarePlanService;
import org.minga.household.internal.characterization.CharacterizationRecords.CharacterizationCommand;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentCommand;
import org.minga.household.internal.characterization.CharacterizationService;
import org.minga.household.internal.characterization.InstrumentDefinition;
import org.minga.household.internal.characterization.InstrumentService;
import org.minga.household.internal.household.HouseholdCommand;
import org.minga.household.internal.household.HouseholdReadModel;
import org.minga.household.internal.household.HouseholdService;
import org.minga.household.internal.household.HouseholdView;
import org.minga.household.internal.person.PersonCommand;
import org.minga.household.internal.person.PersonService;
import org.minga.household.internal.team.FieldTeamReadModel;
import org.minga.household.internal.team.FieldTeamRecords.Member;
import org.minga.household.internal.team.FieldTeamRecords.TeamCommand;
import org.minga.household.internal.team.FieldTeamService;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.privacy.AuthorizationCommand;
import org.minga.privacy.Purpose;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Demo households in Suba and Kennedy (Bogotá) and in Cúcuta: instruments, alert rules, field teams, a few
 * hundred households with their members (each with a recorded authorization), characterisations that make
 * every alert rule fire somewhere, care plans with visits. Names and documents are invented.
 */
@Component
record HouseholdDemoData(HouseholdService households, HouseholdReadModel householdReads, PersonService persons,
        InstrumentService instruments, CharacterizationService characterizations, AlertRuleService rules,
        FieldTeamService teams, FieldTeamReadModel teamReads, CarePlanService plans, Jurisdictions jurisdictions,
        Territories territories) implements DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();

    static final String[] WOMEN = {"María", "Luz", "Ana", "Carmen", "Sandra", "Diana", "Paola", "Yolanda", "Gloria",
            "Luisa", "Valentina", "Camila", "Daniela", "Sofía", "Mariana", "Isabella", "Martha", "Rosa"};
    static final String[] MEN = {"José", "Luis", "Carlos", "Juan", "Andrés", "Jorge", "Diego", "Miguel", "Pedro",
            "Santiago", "Samuel", "Sebastián", "Mateo", "Nicolás", "Jhon", "Fabio", "Héctor", "Álvaro"};
    static final String[] SURNAMES = {"Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández",
            "Sánchez", "Ramírez", "Pérez", "Díaz", "Moreno", "Rojas", "Vargas", "Castro", "Suárez", "Ortiz", "Muñoz",
            "Jiménez", "Torres", "Quintero", "Cárdenas", "Mora", "Parra"};

    @Override
    public String name() {
        return "households";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load() {
        Optional<Jurisdiction> bogota = jurisdictions.byCode("11001");
        Optional<Jurisdiction> cucuta = jurisdictions.byCode("54001");
        if (bogota.isPresent() && territories.byCode(bogota.get().id(), "11").isPresent()
                && territories.byCode(bogota.get().id(), "08").isPresent()) {
            Jurisdiction j = bogota.get();
            setUp(j);
            team(j, "EBE-SUBA-1", "Equipo básico extramural Suba 1", List.of("11"));
            team(j, "EBE-KEN-1", "Equipo básico extramural Kennedy 1", List.of("08"));
            households(j, "EBE-SUBA-1", "SUBA", List.of("B-SUBA-01", "B-SUBA-02", "B-SUBA-03", "B-SUBA-04", "B-SUBA-05",
                    "B-SUBA-06", "B-SUBA-07", "UPZ17", "UPZ19", "UPZ24"), 120, 1_010_000_000L, new Random(11));
            households(j, "EBE-KEN-1", "KEN",
                    List.of("B-KEN-01", "B-KEN-02", "UPZ44", "UPZ45", "UPZ46", "UPZ47", "UPZ48"),
                    100, 1_020_000_000L, new Random(8));
        }
        if (cucuta.isPresent() && territories.byCode(cucuta.get().id(), "B-C09-01").isPresent()) {
            Jurisdiction j = cucuta.get();
            setUp(j);
            team(j, "EBE-CUC-1", "Equipo básico extramural Cúcuta occidente", List.of("C08", "C09"));
            team(j, "EBE-CUC-2", "Equipo básico extramural Cúcuta centro", List.of("C01", "C02", "C04", "C06", "C07"));
            households(j, "EBE-CUC-1", "CUC", List.of("B-C08-01", "B-C08-02", "B-C09-01", "B-C09-02"), 45,
                    1_090_000_000L, new Random(54));
            households(j, "EBE-CUC-2", "CUC2", List.of("B-C01-01", "B-C02-01", "B-C04-01", "B-C06-01", "B-C07-01"), 40,
                    1_091_000_000L, new Random(55));
        }
    }

    static InstrumentDefinition householdInstrument() {
        return new InstrumentDefinition(List.of(
                new InstrumentDefinition.Section("Vivienda y servicios", List.of(
                        q("tipo_vivienda", "Tipo de vivienda", "SINGLE", true,
                                List.of("Casa", "Apartamento", "Cuarto", "Otro"), null),
                        q("agua_potable", "¿La vivienda tiene agua potable?", "YES_NO", true, null, null),
                        q("riesgos", "Riesgos de la vivienda", "MULTIPLE", false,
                                List.of("Humedad", "Hacinamiento", "Inundación", "Remoción en masa", "Ninguno"),
                                null))),
                new InstrumentDefinition.Section("Seguridad alimentaria", List.of(
                        q("inseguridad_alimentaria", "Puntaje de inseguridad alimentaria (escala FIES, 0 a 8)",
                                "NUMBER", true, null, null),
                        q("comedor_comunitario", "¿Algún miembro asiste a un comedor comunitario?", "YES_NO", false,
                                null, null)))));
    }

    static InstrumentDefinition personInstrument() {
        return new InstrumentDefinition(List.of(
                new InstrumentDefinition.Section("Salud", List.of(
                        q("afiliacion_salud", "Afiliación al sistema de salud", "SINGLE", true,
                                List.of("Contributivo", "Subsidiado", "Especial", "No afiliado"), null),
                        q("gestante", "¿Está en embarazo?", "YES_NO", false, null, null),
                        q("control_prenatal", "¿Asiste a control prenatal?", "YES_NO", false, null,
                                new InstrumentDefinition.Condition("gestante", true)),
                        q("vacunacion_completa", "Para menores de 6 años: ¿esquema de vacunación completo?", "YES_NO",
                                false, null, null),
                        q("enfermedad_cronica", "¿Tiene una enfermedad crónica?", "YES_NO", false, null, null),
                        q("cual_enfermedad", "¿Cuál?", "TEXT", true, null,
                                new InstrumentDefinition.Condition("enfermedad_cronica", true))))));
    }

    static InstrumentDefinition.Question q(String code, String text, String type, boolean required,
            List<String> options,
            InstrumentDefinition.Condition showIf) {
        return new InstrumentDefinition.Question(code, text, type, required, options, showIf,
                List.of("gestante", "control_prenatal", "enfermedad_cronica", "cual_enfermedad", "vacunacion_completa",
                        "afiliacion_salud").contains(code));
    }

    private void setUp(Jurisdiction j) {
        if (instruments.instrumentId(j.id(), "HOGAR-APS") == null) {
            instruments.create(new InstrumentCommand(j.code(), "HOGAR-APS",
                    "Caracterización del hogar (APS)", "HOUSEHOLD", householdInstrument(), null), LOADER);
            instruments.create(new InstrumentCommand(j.code(), "PERSONA-APS",
                    "Caracterización individual (APS)", "PERSON", personInstrument(), null), LOADER);
        }
        if (rules.rules(j.id()).isEmpty()) {
            rule(j, "ADOLESCENTE-GESTANTE", "Adolescente gestante (menor de 19 años)", "PREGNANT_ADOLESCENT",
                    Map.of("maxAge", 19, "question", "gestante"), "ALTA", 8);
            rule(j, "VACUNACION-MENOR-5", "Menor de 5 años con vacunación incompleta", "CHILD_VACCINATION",
                    Map.of("maxAge", 5, "question", "vacunacion_completa"), "ALTA", 15);
            rule(j, "INSEGURIDAD-ALIMENTARIA", "Inseguridad alimentaria (FIES mayor que 4)", "HOUSEHOLD_SCORE_ABOVE",
                    Map.of("question", "inseguridad_alimentaria", "threshold", 4), "MEDIA", 15);
            rule(j, "DISCAPACIDAD-SIN-CERTIFICADO", "Persona con discapacidad sin certificación",
                    "DISABILITY_WITHOUT_CERTIFICATE",
                    Map.of(), "MEDIA", 30);
            rule(j, "MAYOR-SOLO", "Persona mayor (60 años o más) que vive sola", "OLDER_ADULT_ALONE",
                    Map.of("minAge", 60), "ALTA", 15);
        }
    }

    private void rule(Jurisdiction j, String code, String name, String kind, Map<String, Object> params,
            String severity,
            int days) {
        rules.create(new RuleCommand(j.code(), code, name, kind, params, severity, days), LOADER);
    }

    private void team(Jurisdiction j, String code, String name, List<String> territoryCodes) {
        if (teamReads.fieldTeamByCode(j.id(), code).isEmpty()) {
            teams.create(new TeamCommand(j.code(), code, name, List.of(
                    new Member("Lucía Benítez", "Enfermera jefe", null),
                    new Member("Óscar Villamil", "Auxiliar de enfermería", null),
                    new Member("Adriana Peña", "Psicóloga", null),
                    new Member("Wilson Acosta", "Gestor comunitario", j.code().equals("11001") && code.contains("SUBA")
                            ? "campo.suba" : null)),
                    territoryCodes), LOADER);
            long id = teamReads.fieldTeamByCode(j.id(), code).orElseThrow().id();
            teams.contact(id, j.code().equals("11001") ? "601 555 0" + (100 + Math.abs(code.hashCode() % 900))
                    : "607 555 0" + (100 + Math.abs(code.hashCode() % 900)),
                    code.toLowerCase(java.util.Locale.ROOT) + "@equipos.minga.demo", LOADER);
        }
    }

    private void households(Jurisdiction j, String teamCode, String prefix, List<String> territoryCodes, int count,
            long documentBase, Random r) {
        long teamId = teamReads.fieldTeamByCode(j.id(), teamCode).orElseThrow().id();
        long hogar = instruments.instrumentId(j.id(), "HOGAR-APS");
        long persona = instruments.instrumentId(j.id(), "PERSONA-APS");
        LocalDate today = LocalDate.now(j.zoneId());
        long doc = documentBase;
        for (int i = 1; i <= count; i++) {
            TerritoryView t = territories.byCode(j.id(), territoryCodes.get(r.nextInt(territoryCodes.size())))
                    .orElseThrow();
            String code = "H-" + prefix + "-" + String.format("%04d", i);
            if (householdReads.households(j.id(), null, code, LOADER, org.minga.platform.PageRequest.of(0, 1))
                    .total() > 0) {
                continue;
            }
            HouseholdView h = households.create(new HouseholdCommand(j.code(), code, t.id(), null, null, null,
                    (r.nextBoolean() ? "Calle " : "Carrera ") + (10 + r.nextInt(150)) + " # " + (1 + r.nextInt(99))
                            + "-"
                            + (1 + r.nextInt(80)),
                    1 + r.nextInt(3), sisben(r), r.nextInt(3) == 0, teamId, null), LOADER);
            doc = members(j, h, i, persona, doc, today, r);
            int fies = i % 8 == 0 ? 5 + r.nextInt(4) : r.nextInt(5);
            characterizations.characterize(new CharacterizationCommand(hogar, h.id(), null,
                    today.minusDays(r.nextInt(120)),
                    Map.of("tipo_vivienda", List.of("Casa", "Apartamento", "Cuarto").get(r.nextInt(3)),
                            "agua_potable", r.nextInt(10) > 0, "riesgos",
                            List.of(r.nextBoolean() ? "Humedad" : "Ninguno"),
                            "inseguridad_alimentaria", fies)),
                    LOADER);
            if (i % 6 == 0) {
                plan(h, today, r);
            }
        }
    }

    /**
     * The members of demo household number {@code i}: every 10th an older adult alone; otherwise a head, maybe a
     * partner, children, sometimes a grandparent; each characterised. Returns the next document number.
     */
    private long members(Jurisdiction j, HouseholdView h, int i, long persona, long firstDocument, LocalDate today,
            Random r) {
        long doc = firstDocument;
        String surname = SURNAMES[r.nextInt(SURNAMES.length)];
        String second = SURNAMES[r.nextInt(SURNAMES.length)];
        List<long[]> kids = new ArrayList<>();
        if (i % 10 == 0) {
            boolean woman = r.nextBoolean();
            long id = person(j, h.id(), "JEFE", woman, surname, second,
                    today.minusYears(62 + r.nextInt(25)).minusDays(r.nextInt(360)),
                    doc++, r, i % 20 == 0);
            characterize(persona, h.id(), id, false, null, r);
        } else {
            boolean headWoman = r.nextInt(3) > 0;
            long head = person(j, h.id(), "JEFE", headWoman, surname, second,
                    today.minusYears(24 + r.nextInt(30)).minusDays(r.nextInt(360)), doc++, r, i % 9 == 0);
            characterize(persona, h.id(), head, false, null, r);
            if (r.nextBoolean()) {
                long partner = person(j, h.id(), "CONYUGE", !headWoman, SURNAMES[r.nextInt(SURNAMES.length)], second,
                        today.minusYears(24 + r.nextInt(30)).minusDays(r.nextInt(360)), doc++, r, false);
                characterize(persona, h.id(), partner, false, null, r);
            }
            int children = r.nextInt(4);
            for (int c = 0; c < children; c++) {
                int age = c == 0 && i % 7 == 0 ? 15 + r.nextInt(3) : r.nextInt(14);
                boolean girl = c == 0 && i % 7 == 0 || r.nextBoolean();
                long kid = person(j, h.id(), "HIJO", girl, surname, SURNAMES[r.nextInt(SURNAMES.length)],
                        today.minusYears(age).minusDays(1 + r.nextInt(300)), doc++, r, false);
                kids.add(new long[]{kid, age, girl ? 1 : 0});
            }
            if (r.nextInt(6) == 0) {
                long grand = person(j, h.id(), "ABUELO", r.nextBoolean(), surname, SURNAMES[r.nextInt(SURNAMES.length)],
                        today.minusYears(65 + r.nextInt(20)), doc++, r, r.nextInt(3) == 0);
                characterize(persona, h.id(), grand, false, null, r);
            }
        }
        for (long[] k : kids) {
            boolean pregnant = k[2] == 1 && k[1] >= 14 && i % 7 == 0;
            Boolean vaccinated = k[1] < 6 ? r.nextInt(4) > 0 : null;
            characterize(persona, h.id(), k[0], pregnant, vaccinated, r);
        }
        return doc;
    }

    private void plan(HouseholdView h, LocalDate today, Random r) {
        LocalDate opened = today.minusDays(20 + r.nextInt(60));
        CarePlanView p = plans.create(new CarePlanCommand(h.id(), opened, List.of(
                new ActionCommand("Inseguridad alimentaria", "Inscripción en comedor comunitario",
                        "ENTIDAD", "Secretaría de Integración Social", opened, opened.plusDays(30), "EN_CURSO"),
                new ActionCommand("Controles de salud pendientes", "Agendar controles de crecimiento y desarrollo",
                        "FAMILIA", "Jefatura del hogar", opened, opened.plusDays(15),
                        r.nextBoolean() ? "CUMPLIDA" : "PENDIENTE"),
                new ActionCommand("Seguimiento familiar", "Visita de seguimiento del equipo básico",
                        "EQUIPO", "Equipo básico extramural", opened, opened.plusDays(45), "PENDIENTE"))),
                LOADER);
        plans.addVisit(p.id(), new VisitCommand(opened.plusDays(7), "Visita de seguimiento: la familia conoce "
                + "las acciones acordadas.", today.plusDays(r.nextInt(14) - 3)), LOADER);
    }

    private void characterize(long instrument, long householdId, long personId, boolean pregnant, Boolean vaccinated,
            Random r) {
        Map<String, Object> a = new java.util.HashMap<>();
        a.put("afiliacion_salud", List.of("Contributivo", "Subsidiado", "Subsidiado", "No afiliado").get(r.nextInt(4)));
        a.put("gestante", pregnant);
        if (pregnant) {
            a.put("control_prenatal", r.nextBoolean());
        }
        if (vaccinated != null) {
            a.put("vacunacion_completa", vaccinated);
        }
        boolean chronic = r.nextInt(6) == 0;
        a.put("enfermedad_cronica", chronic);
        if (chronic) {
            a.put("cual_enfermedad", List.of("Hipertensión", "Diabetes", "Asma").get(r.nextInt(3)));
        }
        characterizations.characterize(new CharacterizationCommand(instrument, householdId, personId,
                null, a), LOADER);
    }

    private long person(Jurisdiction j, long householdId, String relation, boolean woman, String surname, String second,
            LocalDate birth, long doc, Random r, boolean disability) {
        int age = java.time.Period.between(birth, LocalDate.now(j.zoneId())).getYears();
        String type = age >= 18 ? "CC" : age >= 7 ? "TI" : "RC";
        String number = type.equals("TI") ? String.valueOf(doc + 10_000_000_000L) : String.valueOf(doc);
        String first = (woman ? WOMEN : MEN)[r.nextInt(WOMEN.length)];
        boolean minor = age < 18;
        String ethnicity = r.nextInt(12) == 0 ? "AFROCOLOMBIANA" : r.nextInt(25) == 0 ? "INDIGENA" : "NINGUNA";
        // The APS characterisation asks about health and pregnancy: its authorization covers sensitive data.
        boolean sensitive = true;
        AuthorizationCommand auth = new AuthorizationCommand(
                minor ? "Acudiente de " + first + " " + surname : first + " " + surname,
                minor ? null : number, minor, minor ? "Madre o padre" : null, "PRESENCIAL",
                "Caracterización, alertas y plan de cuidado familiar (Atención Primaria Social), incluidos datos "
                        + "sensibles de salud"
                        + (doc % 4 == 0 ? ""
                                : "; " + Purpose.ENTITY_CONTACT.label().toLowerCase(java.util.Locale.ROOT)),
                "Formato de autorización firmado en visita domiciliaria FA-" + doc, sensitive,
                OffsetDateTime.now().minusDays(r.nextInt(90)));
        PersonCommand c = new PersonCommand(householdId, relation, null, type, number, first, null, surname, second,
                birth,
                woman ? "F" : "M", null, ethnicity, disability, disability && r.nextBoolean(),
                r.nextInt(8) == 0 ? "Víctima del conflicto armado" : null,
                minor ? null : "3" + (100000000 + r.nextInt(899999999)), null, auth, null);
        return persons.create(c, LOADER).id();
    }

    private static String sisben(Random r) {
        char g = "ABBCCD".charAt(r.nextInt(6));
        int max = g == 'A' ? 5 : g == 'B' ? 7 : g == 'C' ? 18 : 21;
        return g + String.valueOf(1 + r.nextInt(max));
    }
}
