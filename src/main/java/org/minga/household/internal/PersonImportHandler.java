package org.minga.household.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minga.platform.Capability;
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
import org.minga.privacy.Copy;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonImportHandler.class);

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
    private final javax.sql.DataSource dataSource;

    PersonImportHandler(JdbcClient jdbc, PersonService persons, Territories territories, Consents consents,
                        AlertEngine alerts, AuditLog audit, javax.sql.DataSource dataSource) {
        this.dataSource = dataSource;
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

    static final int CHUNK = 5000;
    static final int PROGRESS_EVERY = 1000;

    /** The stored households among the file's codes, in chunks. */
    private Map<String, PersonService.Row> storedHouseholds(long jurisdictionId, List<ImportRow> rows) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        rows.forEach(r -> {
            if (r.get(HOUSEHOLD) != null) {
                codes.add(r.get(HOUSEHOLD));
            }
        });
        List<String> all = new ArrayList<>(codes);
        Map<String, PersonService.Row> out = new HashMap<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            String[] chunk = all.subList(from, Math.min(all.size(), from + CHUNK)).toArray(new String[0]);
            jdbc.sql("select id, jurisdiction_id, territory_path, code from household where jurisdiction_id = :j and code = any(:c)")
                    .param("j", jurisdictionId).param("c", chunk)
                    .query(rs -> {
                        out.put(rs.getString(4), new PersonService.Row(rs.getLong(1), rs.getLong(2), rs.getString(3), null));
                    });
        }
        return out;
    }

    static final Set<String> YES = Set.of("si", "sí", "s", "true", "1", "x");
    static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

    static boolean yes(String v) {
        return v != null && YES.contains(v.strip().toLowerCase());
    }

    static LocalDate date(String v) {
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && digits(v, 0, 4) && digits(v, 5, 7)
                    && digits(v, 8, 10)) { // AAAA-MM-DD without a parser: LocalDate.of rejects what ISO rejects
                return LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
            }
            return v.contains("/") ? LocalDate.parse(v, DAY_MONTH_YEAR) : LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        AccessScope scope = territories.scopeOf(context.user(), Capability.READ_PERSONAL_DATA);
        List<ImportError> errors = new ArrayList<>();
        List<ImportRow> rows = input.rows();
        if (!scope.includesJurisdiction(j.id())) {
            errors.add(new ImportError(0, null, "La jurisdicción " + j.name() + " está fuera de su alcance."));
            return new ImportValidation<>(rows.size(), errors, null);
        }
        LocalDate today = LocalDate.now(j.zoneId());
        Map<String, java.util.Optional<TerritoryView>> territoryByCode = new HashMap<>();
        Map<String, NewHousehold> newHouseholds = new LinkedHashMap<>(rows.size());
        Map<String, PersonService.Row> stored = storedHouseholds(j.id(), rows);
        Map<String, Long> existing = new HashMap<>();
        // the file's documents by type, number to the first row that has it: duplicates in the file, then the
        // numbers to look for in the database
        Map<String, Map<String, Integer>> byType = new HashMap<>();
        List<NewPerson> people = new ArrayList<>(rows.size());
        // the checks of each row on its own (no database) run on every core; what links rows (households,
        // documents repeated in the file) runs after, in file order
        long v0 = System.nanoTime();
        RowCheck[] checked = checkRows(rows, today, j, context);
        long v1 = System.nanoTime();
        int processed = 0;
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            RowCheck r = checked[i];
            int n = row.number();
            String hc = row.get(HOUSEHOLD);
            Long existingId = null;
            if (hc == null) {
                errors.add(new ImportError(n, HOUSEHOLD, "Falta el código del hogar (codigo_hogar)."));
            } else if (!newHouseholds.containsKey(hc) && !existing.containsKey(hc)) {
                PersonService.Row found = stored.get(hc);
                if (found != null) {
                    if (!PersonService.inScope(scope, found.jurisdictionId(), found.path())) {
                        errors.add(new ImportError(n, HOUSEHOLD, "El hogar " + hc + " está fuera de su alcance territorial."));
                    } else {
                        existing.put(hc, found.id());
                    }
                } else {
                    String tc = row.get(TERRITORY);
                    TerritoryView t = tc == null ? null : territoryByCode.computeIfAbsent(tc,
                            k -> territories.byCode(j.id(), k)).orElse(null);
                    if (tc == null) {
                        errors.add(new ImportError(n, TERRITORY, "El hogar " + hc + " es nuevo: indique su territorio (codigo_territorio)."));
                    } else if (t == null) {
                        errors.add(new ImportError(n, TERRITORY, "El territorio (codigo_territorio) '" + tc + "' no existe en " + j.name() + "."));
                    } else if (!scope.includes(t.jurisdictionId(), t.path())) {
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
            errors.addAll(r.errors());
            PersonService.Checked k = r.checked();
            if (k.type() != null && k.number() != null) {
                Integer first = byType.computeIfAbsent(k.type().name(), x -> new HashMap<>(rows.size() * 2))
                        .putIfAbsent(k.number(), n);
                if (first != null) {
                    errors.add(new ImportError(n, DOC_NUMBER, "Documento duplicado en el archivo: " + k.type().name()
                            + " " + k.number() + " ya aparece en la fila " + first + "."));
                }
            }
            people.add(new NewPerson(n, hc, existingId, r.command(), k, r.minor()));
            processed++;
        }
        long v2 = System.nanoTime();
        context.progress(processed);
        // against the database: one indexed query per document type and chunk of numbers
        for (Map.Entry<String, Map<String, Integer>> e : byType.entrySet()) {
            List<String> numbers = new ArrayList<>(e.getValue().keySet());
            for (int from = 0; from < numbers.size(); from += CHUNK) {
                String[] chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK)).toArray(new String[0]);
                jdbc.sql("""
                                select document_number, id from person where jurisdiction_id = :j and document_type = :t
                                  and document_number = any(:n) and merged_into is null""")
                        .param("j", j.id()).param("t", e.getKey()).param("n", chunk)
                        .query(rs -> {
                            int row = e.getValue().get(rs.getString(1));
                            errors.add(new ImportError(row, DOC_NUMBER, "Ya existe una persona con " + e.getKey() + " "
                                    + rs.getString(1) + " en " + j.name() + " (registro " + rs.getLong(2)
                                    + "): no se duplican personas."));
                        });
            }
        }
        if (log.isDebugEnabled()) {
            log.debug(String.format(java.util.Locale.ROOT, "persons import, %d rows: row checks %.2f s, households and "
                    + "duplicates in the file %.2f s, duplicates in the database %.2f s", rows.size(), (v1 - v0) / 1e9,
                    (v2 - v1) / 1e9, (System.nanoTime() - v2) / 1e9));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportError::row));
            return new ImportValidation<>(rows.size(), errors, null);
        }
        return new ImportValidation<>(rows.size(), errors, new Plan(j.id(), List.copyOf(newHouseholds.values()), people));
    }

    /** One row checked on its own: the command, what the person checks found, and the row's errors. */
    record RowCheck(PersonCommand command, PersonService.Checked checked, boolean minor, List<ImportError> errors) {
    }

    /**
     * Checks every row on its own (dates, document per type, names, codes, the authorization), on all cores:
     * these checks read nothing from the database. Progress is reported from the calling thread.
     */
    private RowCheck[] checkRows(List<ImportRow> rows, LocalDate today, Jurisdiction j, ImportContext context) {
        RowCheck[] out = new RowCheck[rows.size()];
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Thread caller = Thread.currentThread();
        int[] reported = {0}; // read and written by the calling thread only
        java.util.stream.IntStream.range(0, rows.size()).parallel().forEach(i -> {
            out[i] = checkRow(rows.get(i), today, j);
            int d = done.incrementAndGet();
            if (Thread.currentThread() == caller && d - reported[0] >= PROGRESS_EVERY) {
                reported[0] = d;
                context.progress(d);
            }
        });
        return out;
    }

    private RowCheck checkRow(ImportRow row, LocalDate today, Jurisdiction j) {
        int n = row.number();
        List<ImportError> errors = new ArrayList<>(0);
        boolean minor;
        LocalDate birth = date(row.get(BIRTH));
        if (row.get(BIRTH) != null && birth == null) {
            errors.add(new ImportError(n, BIRTH, "La fecha de nacimiento (fecha_nacimiento) '" + row.get(BIRTH)
                    + "' no es una fecha: use AAAA-MM-DD o DD/MM/AAAA."));
        }
        AuthorizationCommand auth = new AuthorizationCommand(row.get(AUTH_NAME), null, yes(row.get(AUTH_GUARDIAN)),
                row.get(AUTH_RELATION), row.get(AUTH_CHANNEL), row.get(AUTH_PURPOSES), row.get(AUTH_EVIDENCE),
                yes(row.get(AUTH_SENSITIVE)), null); // granted now: stored with the load's time
        PersonCommand c = new PersonCommand(-1L, row.get(RELATION), null, row.get(DOC_TYPE), row.get(DOC_NUMBER),
                row.get(FIRST), row.get(MIDDLE), row.get(LAST), row.get(SECOND_LAST), birth, row.get(SEX), null,
                row.get(ETHNICITY), yes(row.get(DISABILITY)), false, null, row.get(PHONE), null, auth, null);
        List<FieldError> problems = new ArrayList<>();
        PersonService.Checked k = persons.checkPerson(c, j, null, problems, false, today);
        minor = k.age() != null && k.age() < 18;
        problems.addAll(consents.check(auth, minor, k.sensitive()));
        for (FieldError f : problems) {
            if (f.field().equals("birthDate") && row.get(BIRTH) != null && birth == null) {
                continue;
            }
            errors.add(new ImportError(n, column(f.field()), f.message()));
        }
        return new RowCheck(c, k, minor, errors);
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

    /**
     * Loads with COPY: household and person ids are taken from their sequences first, so that persons and
     * authorizations reference them without reading anything back. New households have no answers yet, so
     * their alerts are computed here from the members' data; households that existed are evaluated in full.
     */
    @Override
    public int load(Plan plan, ImportContext context) {
        String user = context.user().username();
        long j = plan.jurisdictionId();
        long t0 = System.nanoTime();
        long[] householdIds = ids("household", plan.households().size());
        long[] personIds = ids("person", plan.persons().size());
        Map<String, Long> ids = new HashMap<>();
        Map<String, NewHousehold> byCode = new HashMap<>();
        for (int i = 0; i < plan.households().size(); i++) {
            ids.put(plan.households().get(i).code(), householdIds[i]);
            byCode.put(plan.households().get(i).code(), plan.households().get(i));
        }
        Copy.in(dataSource, "copy household (id, jurisdiction_id, code, territory_id, territory_path, address, estrato, "
                + "sisben_group, priority, created_by) from stdin with (format csv)", out -> {
            for (NewHousehold h : plan.households()) {
                Copy.row(out, ids.get(h.code()), j, h.code(), h.territory().id(), h.territory().path(), h.address(),
                        h.estrato(), h.sisben(), h.priority(), user);
            }
        });
        long t1 = System.nanoTime();
        Map<Long, HouseholdView> existing = new HashMap<>();
        List<org.minga.privacy.BulkAuthorization> authorizations = new ArrayList<>(plan.persons().size());
        Map<Long, List<AlertEngine.Member>> newMembers = new LinkedHashMap<>();
        java.util.Set<Long> existingTouched = new java.util.LinkedHashSet<>();
        int[] done = {0};
        Copy.in(dataSource, "copy person (id, jurisdiction_id, household_id, relation, territory_id, territory_path, "
                + "document_type, document_number, first_name, middle_name, last_name, second_last_name, name_key, birth_date, "
                + "sex, ethnicity, disability, phone, created_by) from stdin with (format csv)", out -> {
            for (int i = 0; i < plan.persons().size(); i++) {
                NewPerson p = plan.persons().get(i);
                long id = personIds[i];
                long householdId;
                long territoryId;
                String path;
                if (p.existingHouseholdId() != null) {
                    HouseholdView h = existing.computeIfAbsent(p.existingHouseholdId(), persons::household);
                    householdId = h.id();
                    territoryId = h.territoryId();
                    path = h.territoryPath();
                    existingTouched.add(householdId);
                } else {
                    NewHousehold h = byCode.get(p.householdCode());
                    householdId = ids.get(p.householdCode());
                    territoryId = h.territory().id();
                    path = h.territory().path();
                }
                PersonCommand c = p.command();
                PersonService.Checked k = p.checked();
                String sex = c.sex() == null ? null : c.sex().strip().toUpperCase();
                boolean disability = Boolean.TRUE.equals(c.disability());
                Copy.row(out, id, j, householdId, c.relation().strip().toUpperCase(), territoryId, path, k.type().name(),
                        k.number(), c.firstName().strip(), PersonService.trim(c.middleName()), c.lastName().strip(),
                        PersonService.trim(c.secondLastName()), k.nameKey(), c.birthDate(), sex,
                        c.ethnicity() == null ? null : c.ethnicity().strip().toUpperCase(), disability,
                        PersonService.trim(c.phone()), user);
                authorizations.add(new org.minga.privacy.BulkAuthorization(id, c.authorization()));
                if (p.existingHouseholdId() == null) {
                    newMembers.computeIfAbsent(householdId, x -> new ArrayList<>()).add(new AlertEngine.Member(id, null,
                            c.birthDate(), sex, disability, false, Map.of()));
                }
                if (++done[0] % 10_000 == 0) {
                    context.progress(done[0]);
                }
            }
        });
        long t2 = System.nanoTime();
        consents.grantAll(j, authorizations);
        long t3 = System.nanoTime();
        int opened = alerts.evaluateNew(j, newMembers);
        for (long h : existingTouched) {
            opened += alerts.evaluateHousehold(h);
        }
        if (log.isDebugEnabled()) {
            log.debug(String.format(java.util.Locale.ROOT, "persons import, load: ids and %d households %.2f s, %d persons "
                    + "%.2f s, authorizations %.2f s, alerts %.2f s", plan.households().size(), (t1 - t0) / 1e9,
                    plan.persons().size(), (t2 - t1) / 1e9, (t3 - t2) / 1e9, (System.nanoTime() - t3) / 1e9));
        }
        context.progress(plan.persons().size());
        audit.record("IMPORT", "Person", null, j, plan.persons().size() + " personas en " + (newMembers.size()
                + existingTouched.size()) + " hogares (" + plan.households().size() + " nuevos); " + opened
                + " alertas abiertas", null, null);
        return plan.persons().size();
    }

    /**
     * Takes n ids from the table's sequence. They come back as one range when no other session took ids in
     * between (the usual case), else one by one; either way every id is the sequence's own.
     */
    private long[] ids(String table, int n) {
        if (n == 0) {
            return new long[0];
        }
        // the sequence resolved once: pg_get_serial_sequence per row costs more than nextval itself
        String sequence = jdbc.sql("select pg_get_serial_sequence('" + table + "', 'id')").query(String.class).single();
        String next = "nextval('" + sequence + "'::regclass)";
        long[] range = jdbc.sql("select min(id), max(id) from (select " + next + " as id from generate_series(1, :n)) s")
                .param("n", n).query((rs, x) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
        long[] ids = new long[n];
        if (range[1] - range[0] + 1 == n) {
            for (int i = 0; i < n; i++) {
                ids[i] = range[0] + i;
            }
            return ids;
        }
        // interleaved with another session: these n ids are lost (a sequence may have gaps); take a list instead
        List<Long> list = jdbc.sql("select " + next + " from generate_series(1, :n)").param("n", n).query(Long.class).list();
        for (int i = 0; i < n; i++) {
            ids[i] = list.get(i);
        }
        return ids;
    }
}
