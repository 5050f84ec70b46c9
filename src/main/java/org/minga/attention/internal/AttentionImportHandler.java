package org.minga.attention.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.attention.Setting;
import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportCheck;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportKind;
import org.minga.platform.RowImport;
import org.minga.platform.Jurisdiction;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Imports attentions, one a row. An individual attention names its person by document, who must already be
 * registered with an authorization; a collective one gives its participant count. The same individual
 * attention twice in the file (person, date, setting) is reported as a duplicate, as is one already stored.
 */
@Component
record AttentionImportHandler(AttentionImportRepository stored, Territories territories, Households households,
        AuditLog audit) implements RowImport<AttentionImportHandler.Item> {

    static final String SETTING = "entorno";
    static final String MODE = "modalidad";
    static final String DATE = "fecha";
    static final String TERRITORY = "codigo_territorio";
    static final String TEAM = "codigo_equipo";
    static final String ACTOR = "actor";
    static final String SERVICE = "servicio";
    static final String COUNT = "participantes";
    static final String DOC_TYPE = "tipo_documento";
    static final String DOC_NUMBER = "numero_documento";
    static final String NOTES = "notas";

    record Item(Setting setting, String mode, LocalDate date, TerritoryView territory, Long teamId, String actor,
            String service, int count, Long personId, Long householdId, String notes) {
    }

    static final ImportKind KIND = ImportKind.of("attentions", "Atenciones por entorno",
            ImportColumn.required(SETTING, "hogar, educativo, laboral, institucional o comunitario."),
            ImportColumn.required(MODE, "individual o colectiva."),
            ImportColumn.required(DATE, "Fecha de la atención, AAAA-MM-DD o DD/MM/AAAA."),
            ImportColumn.optional(TERRITORY, "Código del territorio (si falta, el del hogar de la persona)."),
            ImportColumn.optional(TEAM, "Código del equipo básico extramural."),
            ImportColumn.optional(ACTOR, "Actor que hizo la atención, si no fue un equipo."),
            ImportColumn.optional(SERVICE, "Servicio de la oferta, si se conoce."),
            ImportColumn.optional(COUNT, "Número de participantes (colectiva)."),
            ImportColumn.optional(DOC_TYPE, "Tipo de documento de la persona (individual)."),
            ImportColumn.optional(DOC_NUMBER, "Número de documento de la persona (individual)."),
            ImportColumn.optional(NOTES, "Notas."));

    @Override
    public ImportKind kind() {
        return KIND;
    }

    @Override
    public Reader<Item> reader(ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        AccessScope scope = territories.scopeOf(context.user(), Capability.READ_PERSONAL_DATA);
        LocalDate today = LocalDate.now(j.zoneId());
        return row -> {
            Setting setting = Setting.parse(row.get(SETTING));
            if (setting == null) {
                row.error(SETTING, "El entorno '" + row.get(SETTING)
                        + "' no existe: use hogar, educativo, laboral, institucional o comunitario.");
            }
            String mode = row.get(MODE) == null ? null : row.get(MODE).strip().toUpperCase();
            if (!"INDIVIDUAL".equals(mode) && !"COLECTIVA".equals(mode)) {
                row.error(MODE, "La modalidad debe ser individual o colectiva.");
            }
            LocalDate date = date(row, today);
            Households.PersonRef person = "INDIVIDUAL".equals(mode) ? person(row, j, scope) : null;
            TerritoryView t = territory(row, j, scope, person);
            Long teamId = team(row, j);
            int count = "COLECTIVA".equals(mode) ? count(row) : 1;
            if (person != null && date != null && setting != null) {
                Integer first = row.repeated(DOC_NUMBER, person.id() + "|" + date + "|" + setting,
                        f -> "Atención duplicada en el archivo: la misma persona, fecha y entorno que la fila " + f
                                + ".");
                if (first == null && stored.exists(person.id(), date, setting)) {
                    row.error(DOC_NUMBER, "Esta atención ya está registrada (misma persona, fecha y entorno).");
                }
            }
            return !row.clean() ? null
                    : new Item(setting, mode, date, t, teamId, row.get(ACTOR), row.get(SERVICE), count,
                            person == null ? null : person.id(), person == null ? null : person.householdId(),
                            row.get(NOTES));
        };
    }

    private static LocalDate date(ImportCheck.Cells row, LocalDate today) {
        LocalDate date = row.get(DATE) == null ? null : ImportCheck.date(row.get(DATE));
        if (date == null) {
            row.error(DATE, "La fecha (fecha) '" + row.get(DATE) + "' no es válida: use AAAA-MM-DD o DD/MM/AAAA.");
        } else if (date.isAfter(today)) {
            row.error(DATE, "La fecha de la atención no puede ser futura.");
        }
        return date;
    }

    private Households.PersonRef person(ImportCheck.Cells row, Jurisdiction j, AccessScope scope) {
        DocumentType type = DocumentType.parse(row.get(DOC_TYPE));
        String number = row.get(DOC_NUMBER);
        if (type == null || number == null) {
            row.error(DOC_NUMBER, "Una atención individual necesita el tipo y número de documento de la persona.");
            return null;
        }
        Households.PersonRef person = households.personByDocument(j.id(), type, number).orElse(null);
        if (person == null) {
            row.error(DOC_NUMBER, "No hay una persona registrada con " + type.name() + " " + number
                    + ": regístrela con su autorización antes de importar sus atenciones.");
        } else if (!scope.includes(person.jurisdictionId(), person.territoryPath())) {
            row.error(DOC_NUMBER,
                    "La persona " + type.name() + " " + number + " está fuera de su alcance territorial.");
            return null;
        }
        return person;
    }

    private TerritoryView territory(ImportCheck.Cells row, Jurisdiction j, AccessScope scope,
            Households.PersonRef person) {
        TerritoryView t = null;
        if (row.get(TERRITORY) != null) {
            t = row.code(TERRITORY, null, c -> territories.byCode(j.id(), c),
                    c -> "El territorio '" + c + "' no existe en " + j.name() + ".");
        } else if (person != null) {
            t = territories.byId(person.territoryId()).orElse(null);
        } else {
            row.error(TERRITORY, "Indique el territorio (codigo_territorio).");
        }
        if (t != null && !scope.includes(t.jurisdictionId(), t.path())) {
            row.error(TERRITORY, "El territorio '" + t.code() + "' está fuera de su alcance territorial.");
            return null;
        }
        return t;
    }

    private Long team(ImportCheck.Cells row, Jurisdiction j) {
        if (row.get(TEAM) == null) {
            if (row.get(ACTOR) == null) {
                row.error(TEAM, "Indique el equipo (codigo_equipo) o el actor (actor) que hizo la atención.");
            }
            return null;
        }
        return row.code(TEAM, null,
                c -> households.fieldTeamByCode(j.id(), c).map(Households.FieldTeamRef::id),
                c -> "El equipo '" + c + "' no existe en " + j.name() + ".");
    }

    private static int count(ImportCheck.Cells row) {
        String c = row.get(COUNT);
        if (c == null || !c.matches("\\d{1,6}") || Integer.parseInt(c) < 1) {
            row.error(COUNT, "Una atención colectiva necesita el número de participantes (participantes), al menos 1.");
            return 1;
        }
        return Integer.parseInt(c);
    }

    @Override
    public void store(Item item, Jurisdiction jurisdiction, CurrentUser user) {
        stored.insert(jurisdiction.id(), item, user.username());
    }

    @Override
    public void loaded(Jurisdiction jurisdiction, int count) {
        audit.record("IMPORT", "Attention", null, jurisdiction.id(), count + " atenciones importadas", null, null);
    }
}
