package org.minga.attention.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.Capability;
import org.minga.attention.Setting;
import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.platform.AuditLog;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportRow;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports attentions, one a row. An individual attention names its person by document, who must already be
 * registered with an authorization; a collective one gives its participant count. The same individual
 * attention twice in the file (person, date, setting) is reported as a duplicate, as is one already stored.
 */
@Component
class AttentionImportHandler implements ImportHandler<AttentionImportHandler.Plan> {

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

    record Plan(long jurisdictionId, List<Item> items) {
    }

    private final JdbcClient jdbc;
    private final Territories territories;
    private final Households households;
    private final AuditLog audit;

    AttentionImportHandler(JdbcClient jdbc, Territories territories, Households households, AuditLog audit) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.households = households;
        this.audit = audit;
    }

    @Override
    public String type() {
        return "attentions";
    }

    @Override
    public String label() {
        return "Atenciones por entorno";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
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
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        AccessScope scope = territories.scopeOf(context.user(), Capability.READ_PERSONAL_DATA);
        List<ImportError> errors = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        LocalDate today = LocalDate.now(j.zoneId());
        int processed = 0;
        for (ImportRow row : input.rows()) {
            int n = row.number();
            Setting setting = Setting.parse(row.get(SETTING));
            if (setting == null) {
                errors.add(new ImportError(n, SETTING, "El entorno '" + row.get(SETTING)
                        + "' no existe: use hogar, educativo, laboral, institucional o comunitario."));
            }
            String mode = row.get(MODE) == null ? null : row.get(MODE).strip().toUpperCase();
            if (!"INDIVIDUAL".equals(mode) && !"COLECTIVA".equals(mode)) {
                errors.add(new ImportError(n, MODE, "La modalidad debe ser individual o colectiva."));
            }
            LocalDate date = null;
            try {
                String d = row.get(DATE);
                date = d == null ? null : d.contains("/") ? LocalDate.parse(d, DateTimeFormatter.ofPattern("d/M/uuuu"))
                        : LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date == null) {
                errors.add(new ImportError(n, DATE,
                        "La fecha (fecha) '" + row.get(DATE) + "' no es válida: use AAAA-MM-DD o DD/MM/AAAA."));
            } else if (date.isAfter(today)) {
                errors.add(new ImportError(n, DATE, "La fecha de la atención no puede ser futura."));
            }
            Households.PersonRef person = null;
            if ("INDIVIDUAL".equals(mode)) {
                DocumentType type = DocumentType.parse(row.get(DOC_TYPE));
                if (type == null || row.get(DOC_NUMBER) == null) {
                    errors.add(new ImportError(n, DOC_NUMBER,
                            "Una atención individual necesita el tipo y número de documento de la persona."));
                } else {
                    person = households.personByDocument(j.id(), type, row.get(DOC_NUMBER)).orElse(null);
                    if (person == null) {
                        errors.add(new ImportError(n, DOC_NUMBER,
                                "No hay una persona registrada con " + type.name() + " "
                                        + row.get(DOC_NUMBER)
                                        + ": regístrela con su autorización antes de importar sus atenciones."));
                    } else if (!scope.includes(person.jurisdictionId(), person.territoryPath())) {
                        errors.add(
                                new ImportError(n, DOC_NUMBER, "La persona " + type.name() + " " + row.get(DOC_NUMBER)
                                        + " está fuera de su alcance territorial."));
                        person = null;
                    }
                }
            }
            TerritoryView t = null;
            String tc = row.get(TERRITORY);
            if (tc != null) {
                t = territories.byCode(j.id(), tc).orElse(null);
                if (t == null) {
                    errors.add(
                            new ImportError(n, TERRITORY, "El territorio '" + tc + "' no existe en " + j.name() + "."));
                }
            } else if (person != null) {
                t = territories.byId(person.territoryId()).orElse(null);
            } else {
                errors.add(new ImportError(n, TERRITORY, "Indique el territorio (codigo_territorio)."));
            }
            if (t != null && !scope.includes(t.jurisdictionId(), t.path())) {
                errors.add(new ImportError(n, TERRITORY,
                        "El territorio '" + t.code() + "' está fuera de su alcance territorial."));
                t = null;
            }
            Long teamId = null;
            if (row.get(TEAM) != null) {
                teamId = households.fieldTeamByCode(j.id(), row.get(TEAM)).map(Households.FieldTeamRef::id)
                        .orElse(null);
                if (teamId == null) {
                    errors.add(new ImportError(n, TEAM,
                            "El equipo '" + row.get(TEAM) + "' no existe en " + j.name() + "."));
                }
            } else if (row.get(ACTOR) == null) {
                errors.add(new ImportError(n, TEAM,
                        "Indique el equipo (codigo_equipo) o el actor (actor) que hizo la atención."));
            }
            int count = 1;
            if ("COLECTIVA".equals(mode)) {
                String c = row.get(COUNT);
                if (c == null || !c.matches("\\d{1,6}") || Integer.parseInt(c) < 1) {
                    errors.add(new ImportError(n, COUNT,
                            "Una atención colectiva necesita el número de participantes (participantes), al menos 1."));
                } else {
                    count = Integer.parseInt(c);
                }
            }
            if (person != null && date != null && setting != null) {
                String key = person.id() + "|" + date + "|" + setting;
                Integer first = seen.putIfAbsent(key, n);
                if (first != null) {
                    errors.add(new ImportError(n, DOC_NUMBER,
                            "Atención duplicada en el archivo: la misma persona, fecha y entorno que la fila " + first
                                    + "."));
                } else if (jdbc.sql(
                        "select count(*) from attention where person_id = :p and attended_on = :d and setting = :s")
                        .param("p", person.id()).param("d", date).param("s", setting.name()).query(Long.class)
                        .single() > 0) {
                    errors.add(new ImportError(n, DOC_NUMBER,
                            "Esta atención ya está registrada (misma persona, fecha y entorno)."));
                }
            }
            if (errors.isEmpty()) {
                items.add(new Item(setting, mode, date, t, teamId, row.get(ACTOR), row.get(SERVICE), count,
                        person == null ? null : person.id(), person == null ? null : person.householdId(),
                        row.get(NOTES)));
            }
            context.progress(++processed);
        }
        return new ImportValidation<>(input.rows().size(), errors, errors.isEmpty() ? new Plan(j.id(), items) : null);
    }

    @Override
    public int load(Plan plan, ImportContext context) {
        int done = 0;
        for (Item i : plan.items()) {
            jdbc.sql(
                    """
                            insert into attention (jurisdiction_id, setting, mode, attended_on, territory_id, territory_path,
                              field_team_id, actor_name, service_name, participant_count, person_id, household_id, notes, created_by)
                            values (:j, :s, :m, :d, :t, :p, :ft, :a, :sn, :n, :pe, :h, :no, :u)""")
                    .param("j", plan.jurisdictionId()).param("s", i.setting().name()).param("m", i.mode())
                    .param("d", i.date())
                    .param("t", i.territory().id()).param("p", i.territory().path()).param("ft", i.teamId())
                    .param("a", i.actor()).param("sn", i.service()).param("n", i.count()).param("pe", i.personId())
                    .param("h", i.householdId()).param("no", i.notes()).param("u", context.user().username()).update();
            context.progress(++done);
        }
        audit.record("IMPORT", "Attention", null, plan.jurisdictionId(), done + " atenciones importadas", null, null);
        return done;
    }
}
