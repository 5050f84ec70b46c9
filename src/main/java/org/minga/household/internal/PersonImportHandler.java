package org.minga.household.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.platform.AuditLog;
import org.minga.platform.FieldError;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportRow;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.privacy.AuthorizationCommand;
import org.minga.privacy.Consents;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports households and their members, one person a row; rows with the same codigo_hogar form one household
 * (an existing household code adds members to it). Every row needs its authorization (Ley 1581). Duplicates
 * are reported before anything loads: the same document twice in the file, or a document already stored.
 */
@Component
class PersonImportHandler implements ImportHandler<PersonImportHandler.Plan> {

    static final String HOUSEHOLD = "codigo_hogar";
    static final String TERRITORY = "codigo_territorio";
    static final String ADDRESS = "direccion";
    static final String ESTRATO = "estrato";
    static final String SISBEN = "grupo_sisben";
    static final String PRIORITY = "hogar_priorizado";
    static final String RELATION = "parentesco";
    static final String DOC_TYPE = "tipo_documento";
    static final String DOC_NUMBER = "numero_documento";
    static final String FIRST = "primer_nombre";
    static final String MIDDLE = "segundo_nombre";
    static final String LAST = "primer_apellido";
    static final String SECOND_LAST = "segundo_apellido";
    static final String BIRTH = "fecha_nacimiento";
    static final String SEX = "sexo";
    static final String ETHNICITY = "etnia";
    static final String DISABILITY = "discapacidad";
    static final String PHONE = "telefono";
    static final String AUTH_NAME = "autoriza_nombre";
    static final String AUTH_CHANNEL = "autoriza_canal";
    static final String AUTH_PURPOSES = "autoriza_finalidades";
    static final String AUTH_EVIDENCE = "autoriza_evidencia";
    static final String AUTH_GUARDIAN = "autoriza_representante";
    static final String AUTH_RELATION = "autoriza_parentesco";
    static final String AUTH_SENSITIVE = "autoriza_datos_sensibles";

    record NewHousehold(String code, TerritoryView territory, String address, Integer estrato, String sisben, boolean priority) {
    }

    record NewPerson(int row, String householdCode, Long existingHouseholdId, PersonCommand command,
                     PersonService.Checked checked, boolean minor) {
    }

    record Plan(long jurisdictionId, List<NewHousehold> households, List<NewPerson> persons) {
    }

    private final JdbcClient jdbc;
    private final PersonService persons;
    private final Territories territories;
    private final Consents consents;
    private final AlertEngine alerts;
    private final AuditLog audit;

    PersonImportHandler(JdbcClient jdbc, PersonService persons, Territories territories, Consents consents,
                        AlertEngine alerts, AuditLog audit) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.territories = territories;
        this.consents = consents;
        this.alerts = alerts;
        this.audit = audit;
    }

    @Override
    public String type() {
        return "persons";
    }

    @Override
    public String label() {
        return "Hogares y personas";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(HOUSEHOLD, "Código del hogar; las filas con el mismo código forman un hogar."),
                ImportColumn.optional(TERRITORY, "Código del territorio del hogar (obligatorio para un hogar nuevo)."),
                ImportColumn.optional(ADDRESS, "Dirección del hogar."),
                ImportColumn.optional(ESTRATO, "Estrato, 0 a 6."),
                ImportColumn.optional(SISBEN, "Grupo SISBEN IV (A1 a D21)."),
                ImportColumn.optional(PRIORITY, "si si el hogar está priorizado."),
                ImportColumn.required(RELATION, "Parentesco con la jefatura: JEFE, CONYUGE, HIJO, PADRE_MADRE, HERMANO, NIETO, ABUELO, OTRO_PARIENTE, NO_PARIENTE."),
                ImportColumn.required(DOC_TYPE, "CC, TI, RC, CE, PPT, PEP, PA (pasaporte) o SD (sin documento)."),
                ImportColumn.optional(DOC_NUMBER, "Número de documento (vacío solo para SD)."),
                ImportColumn.required(FIRST, "Primer nombre."),
                ImportColumn.optional(MIDDLE, "Segundo nombre."),
                ImportColumn.required(LAST, "Primer apellido."),
                ImportColumn.optional(SECOND_LAST, "Segundo apellido."),
                ImportColumn.required(BIRTH, "Fecha de nacimiento AAAA-MM-DD o DD/MM/AAAA."),
                ImportColumn.optional(SEX, "F, M o I."),
                ImportColumn.optional(ETHNICITY, "NINGUNA, INDIGENA, AFROCOLOMBIANA, RAIZAL, PALENQUERA, ROM u OTRA (dato sensible)."),
                ImportColumn.optional(DISABILITY, "si si la persona tiene discapacidad (dato sensible)."),
                ImportColumn.optional(PHONE, "Teléfono."),
                ImportColumn.required(AUTH_NAME, "Quién dio la autorización de tratamiento de datos."),
                ImportColumn.required(AUTH_CHANNEL, "PRESENCIAL, ESCRITO, TELEFONICO o DIGITAL."),
                ImportColumn.required(AUTH_PURPOSES, "Finalidades autorizadas."),
                ImportColumn.required(AUTH_EVIDENCE, "Evidencia de la autorización (número del formato firmado...)."),
                ImportColumn.optional(AUTH_GUARDIAN, "si cuando autoriza el representante legal (obligatorio para menores)."),
                ImportColumn.optional(AUTH_RELATION, "Parentesco del representante legal."),
                ImportColumn.optional(AUTH_SENSITIVE, "si cuando la autorización cubre datos sensibles."));
    }

    static boolean yes(String v) {
        return v != null && Set.of("si", "sí", "s", "true", "1", "x").contains(v.strip().toLowerCase());
    }

    static LocalDate date(String v) {
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, DateTimeFormatter.ofPattern("d/M/uuuu")) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        TerritoryScope scope = territories.scopeOf(context.user());
        List<ImportError> errors = new ArrayList<>();
        List<ImportRow> rows = input.rows();
        if (!scope.includesJurisdiction(j.id())) {
            errors.add(new ImportError(0, null, "La jurisdicción " + j.name() + " está fuera de su alcance."));
            return new ImportValidation<>(rows.size(), errors, null);
        }
        Map<String, NewHousehold> newHouseholds = new LinkedHashMap<>();
        Map<String, Long> existing = new HashMap<>();
        Map<String, Integer> documentsInFile = new HashMap<>();
        List<NewPerson> people = new ArrayList<>();
        int processed = 0;
        for (ImportRow row : rows) {
            int n = row.number();
            String hc = row.get(HOUSEHOLD);
            Long existingId = null;
            if (hc == null) {
                errors.add(new ImportError(n, HOUSEHOLD, "Falta el código del hogar (codigo_hogar)."));
            } else if (!newHouseholds.containsKey(hc) && !existing.containsKey(hc)) {
                PersonService.Row found = jdbc.sql("select id, jurisdiction_id, territory_path from household where jurisdiction_id = :j and code = :c")
                        .param("j", j.id()).param("c", hc)
                        .query((rs, k) -> new PersonService.Row(rs.getLong(1), rs.getLong(2), rs.getString(3), null)).optional().orElse(null);
                if (found != null) {
                    if (!PersonService.inScope(scope, found.jurisdictionId(), found.path())) {
                        errors.add(new ImportError(n, HOUSEHOLD, "El hogar " + hc + " está fuera de su alcance territorial."));
                    } else {
                        existing.put(hc, found.id());
                    }
                } else {
                    String tc = row.get(TERRITORY);
                    TerritoryView t = tc == null ? null : territories.byCode(j.id(), tc).orElse(null);
                    if (tc == null) {
                        errors.add(new ImportError(n, TERRITORY, "El hogar " + hc + " es nuevo: indique su territorio (codigo_territorio)."));
                    } else if (t == null) {
                        errors.add(new ImportError(n, TERRITORY, "El territorio (codigo_territorio) '" + tc + "' no existe en " + j.name() + "."));
                    } else if (!scope.includes(t)) {
                        errors.add(new ImportError(n, TERRITORY, "El territorio '" + tc + "' (codigo_territorio) está fuera de su alcance territorial."));
                    } else {
                        Integer estrato = null;
                        String e = row.get(ESTRATO);
                        if (e != null) {
                            if (!e.matches("[0-6]")) {
                                errors.add(new ImportError(n, ESTRATO, "El estrato '" + e + "' debe ser un número de 0 a 6."));
                            } else {
                                estrato = Integer.parseInt(e);
                            }
                        }
                        String s = row.get(SISBEN);
                        if (s != null && PersonService.sisben(s) == null) {
                            errors.add(new ImportError(n, SISBEN, "El grupo SISBEN (grupo_sisben) '" + s + "' no es válido: A1 a A5, B1 a B7, C1 a C18 o D1 a D21."));
                        }
                        newHouseholds.put(hc, new NewHousehold(hc, t, row.get(ADDRESS), estrato, PersonService.sisben(s), yes(row.get(PRIORITY))));
                    }
                }
            }
            if (hc != null) {
                existingId = existing.get(hc);
            }
            boolean minor;
            LocalDate birth = date(row.get(BIRTH));
            if (row.get(BIRTH) != null && birth == null) {
                errors.add(new ImportError(n, BIRTH, "La fecha de nacimiento (fecha_nacimiento) '" + row.get(BIRTH)
                        + "' no es una fecha: use AAAA-MM-DD o DD/MM/AAAA."));
            }
            AuthorizationCommand auth = new AuthorizationCommand(row.get(AUTH_NAME), null, yes(row.get(AUTH_GUARDIAN)),
                    row.get(AUTH_RELATION), row.get(AUTH_CHANNEL), row.get(AUTH_PURPOSES), row.get(AUTH_EVIDENCE),
                    yes(row.get(AUTH_SENSITIVE)), OffsetDateTime.now());
            PersonCommand c = new PersonCommand(-1L, row.get(RELATION), null, row.get(DOC_TYPE), row.get(DOC_NUMBER),
                    row.get(FIRST), row.get(MIDDLE), row.get(LAST), row.get(SECOND_LAST), birth, row.get(SEX), null,
                    row.get(ETHNICITY), yes(row.get(DISABILITY)), false, null, row.get(PHONE), null, auth, null);
            List<FieldError> problems = new ArrayList<>();
            PersonService.Checked k = persons.checkPerson(c, j, null, problems);
            minor = k.age() != null && k.age() < 18;
            problems.addAll(consents.check(auth, minor, k.sensitive()));
            for (FieldError f : problems) {
                if (f.field().equals("birthDate") && row.get(BIRTH) != null && birth == null) {
                    continue;
                }
                errors.add(new ImportError(n, column(f.field()), f.message()));
            }
            if (k.type() != null && k.number() != null) {
                String key = k.type().name() + " " + k.number();
                Integer first = documentsInFile.putIfAbsent(key, n);
                if (first != null) {
                    errors.add(new ImportError(n, DOC_NUMBER, "Documento duplicado en el archivo: " + key
                            + " ya aparece en la fila " + first + "."));
                }
            }
            people.add(new NewPerson(n, hc, existingId, c, k, minor));
            context.progress(++processed);
        }
        if (!errors.isEmpty()) {
            return new ImportValidation<>(rows.size(), errors, null);
        }
        return new ImportValidation<>(rows.size(), errors, new Plan(j.id(), List.copyOf(newHouseholds.values()), people));
    }

    static String column(String field) {
        return switch (field) {
            case "documentType" -> DOC_TYPE;
            case "documentNumber" -> DOC_NUMBER;
            case "firstName" -> FIRST;
            case "middleName" -> MIDDLE;
            case "lastName" -> LAST;
            case "secondLastName" -> SECOND_LAST;
            case "birthDate" -> BIRTH;
            case "sex" -> SEX;
            case "ethnicity" -> ETHNICITY;
            case "relation" -> RELATION;
            case "phone" -> PHONE;
            case "authorization.grantedByName" -> AUTH_NAME;
            case "authorization.channel" -> AUTH_CHANNEL;
            case "authorization.purposes" -> AUTH_PURPOSES;
            case "authorization.evidence" -> AUTH_EVIDENCE;
            case "authorization.byGuardian" -> AUTH_GUARDIAN;
            case "authorization.guardianRelation" -> AUTH_RELATION;
            case "authorization.sensitiveData" -> AUTH_SENSITIVE;
            default -> field;
        };
    }

    @Override
    public int load(Plan plan, ImportContext context) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        Map<String, Long> territoriesOf = new HashMap<>();
        String user = context.user().username();
        for (NewHousehold h : plan.households()) {
            long id = jdbc.sql("""
                            insert into household (jurisdiction_id, code, territory_id, territory_path, address, estrato,
                              sisben_group, priority, created_by) values (:j, :c, :t, :p, :a, :e, :s, :pr, :u) returning id""")
                    .param("j", plan.jurisdictionId()).param("c", h.code()).param("t", h.territory().id())
                    .param("p", h.territory().path()).param("a", h.address()).param("e", h.estrato()).param("s", h.sisben())
                    .param("pr", h.priority()).param("u", user).query(Long.class).single();
            ids.put(h.code(), id);
            paths.put(h.code(), h.territory().path());
            territoriesOf.put(h.code(), h.territory().id());
        }
        int done = 0;
        java.util.Set<Long> touched = new java.util.LinkedHashSet<>();
        for (NewPerson p : plan.persons()) {
            long householdId;
            PersonService.Placement place;
            if (p.existingHouseholdId() != null) {
                householdId = p.existingHouseholdId();
                HouseholdView h = persons.household(householdId);
                place = new PersonService.Placement(plan.jurisdictionId(), h.territoryId(), h.territoryPath());
            } else {
                householdId = ids.get(p.householdCode());
                place = new PersonService.Placement(plan.jurisdictionId(), territoriesOf.get(p.householdCode()), paths.get(p.householdCode()));
            }
            PersonCommand c = p.command();
            PersonCommand withHousehold = new PersonCommand(householdId, c.relation(), null, c.documentType(), c.documentNumber(),
                    c.firstName(), c.middleName(), c.lastName(), c.secondLastName(), c.birthDate(), c.sex(), null,
                    c.ethnicity(), c.disability(), false, null, c.phone(), null, c.authorization(), null);
            long id = persons.insertPerson(withHousehold, p.checked(), plan.jurisdictionId(), place, user);
            consents.grant(id, plan.jurisdictionId(), c.authorization(), p.minor(), p.checked().sensitive());
            touched.add(householdId);
            context.progress(++done);
        }
        for (long h : touched) {
            alerts.evaluateHousehold(h);
        }
        audit.record("IMPORT", "Person", null, plan.jurisdictionId(), plan.persons().size() + " personas en "
                + touched.size() + " hogares (" + plan.households().size() + " nuevos)", null, null);
        return plan.persons().size();
    }
}
