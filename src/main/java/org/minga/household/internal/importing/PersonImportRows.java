package org.minga.household.internal.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.minga.household.internal.person.PersonChecks;
import org.minga.household.internal.person.PersonCommand;
import org.minga.platform.FieldError;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportRow;
import org.minga.platform.Jurisdiction;
import org.minga.privacy.AuthorizationCommand;
import org.minga.privacy.Consents;

/**
 * The columns of the households and persons file, and the checks of each row on its own (dates, document per type,
 * names, codes, the authorization): these read nothing from the database and run on every core.
 */
final class PersonImportRows {

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

    static final int PROGRESS_EVERY = 1000;

    private PersonImportRows() {
    }

    static List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(HOUSEHOLD, "Código del hogar; las filas con el mismo código forman un hogar."),
                ImportColumn.optional(TERRITORY, "Código del territorio del hogar (obligatorio para un hogar nuevo)."),
                ImportColumn.optional(ADDRESS, "Dirección del hogar."),
                ImportColumn.optional(ESTRATO, "Estrato, 0 a 6."),
                ImportColumn.optional(SISBEN, "Grupo SISBEN IV (A1 a D21)."),
                ImportColumn.optional(PRIORITY, "si si el hogar está priorizado."),
                ImportColumn.required(RELATION,
                        "Parentesco con la jefatura: JEFE, CONYUGE, HIJO, PADRE_MADRE, HERMANO, NIETO, ABUELO, OTRO_PARIENTE, NO_PARIENTE."),
                ImportColumn.required(DOC_TYPE, "CC, TI, RC, CE, PPT, PEP, PA (pasaporte) o SD (sin documento)."),
                ImportColumn.optional(DOC_NUMBER, "Número de documento (vacío solo para SD)."),
                ImportColumn.required(FIRST, "Primer nombre."),
                ImportColumn.optional(MIDDLE, "Segundo nombre."),
                ImportColumn.required(LAST, "Primer apellido."),
                ImportColumn.optional(SECOND_LAST, "Segundo apellido."),
                ImportColumn.required(BIRTH, "Fecha de nacimiento AAAA-MM-DD o DD/MM/AAAA."),
                ImportColumn.optional(SEX, "F, M o I."),
                ImportColumn.optional(ETHNICITY,
                        "NINGUNA, INDIGENA, AFROCOLOMBIANA, RAIZAL, PALENQUERA, ROM u OTRA (dato sensible)."),
                ImportColumn.optional(DISABILITY, "si si la persona tiene discapacidad (dato sensible)."),
                ImportColumn.optional(PHONE, "Teléfono."),
                ImportColumn.required(AUTH_NAME, "Quién dio la autorización de tratamiento de datos."),
                ImportColumn.required(AUTH_CHANNEL, "PRESENCIAL, ESCRITO, TELEFONICO o DIGITAL."),
                ImportColumn.required(AUTH_PURPOSES, "Finalidades autorizadas."),
                ImportColumn.required(AUTH_EVIDENCE, "Evidencia de la autorización (número del formato firmado...)."),
                ImportColumn.optional(AUTH_GUARDIAN,
                        "si cuando autoriza el representante legal (obligatorio para menores)."),
                ImportColumn.optional(AUTH_RELATION, "Parentesco del representante legal."),
                ImportColumn.optional(AUTH_SENSITIVE, "si cuando la autorización cubre datos sensibles."));
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
                return LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10),
                        Integer.parseInt(v, 8, 10, 10));
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

    /** One row checked on its own: the command, what the person checks found, and the row's errors. */
    record RowCheck(PersonCommand command, PersonChecks.Checked checked, boolean minor, List<ImportError> errors) {
    }

    /**
     * Checks every row on its own (dates, document per type, names, codes, the authorization), on all cores:
     * these checks read nothing from the database. Progress is reported from the calling thread.
     */
    static RowCheck[] checkRows(List<ImportRow> rows, LocalDate today, Jurisdiction j, Consents consents,
            ImportContext context) {
        RowCheck[] out = new RowCheck[rows.size()];
        AtomicInteger done = new AtomicInteger();
        Thread caller = Thread.currentThread();
        int[] reported = {0}; // read and written by the calling thread only
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            out[i] = checkRow(rows.get(i), today, j, consents);
            int d = done.incrementAndGet();
            if (Thread.currentThread() == caller && d - reported[0] >= PROGRESS_EVERY) {
                reported[0] = d;
                context.progress(d);
            }
        });
        return out;
    }

    private static RowCheck checkRow(ImportRow row, LocalDate today, Jurisdiction j, Consents consents) {
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
        PersonChecks.Checked k = PersonChecks.check(c, j, null, problems, null, today);
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
}
