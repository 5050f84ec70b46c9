package org.minga.territory.internal.variable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.minga.platform.AuditLog;
import org.minga.platform.ImportCheck;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportKind;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.platform.TextKeys;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.springframework.stereotype.Component;

/**
 * Imports the values of social variables per territory and year. Every row is checked against the
 * jurisdiction's territories, the user's scope and the variable catalogue; the load upserts by
 * (territory, variable, year).
 */
@Component
record VariableValueImportHandler(VariableValueRepository values, VariableCatalog catalog, Territories territories,
        AuditLog audit) implements ImportHandler<VariableValueImportHandler.Plan> {

    static final String TERRITORY = "codigo_territorio";
    static final String VARIABLE = "variable";
    static final String YEAR = "anio";
    static final String VALUE = "valor";
    static final String SOURCE = "fuente";
    static final int CHUNK = 500;
    /** numeric(24, 6) holds 18 integer digits. */
    private static final BigDecimal LIMIT = new BigDecimal("1e18");

    record Value(long territoryId, long variableId, int year, BigDecimal value, String source) {
    }

    record Plan(long jurisdictionId, List<Value> values, Set<String> variables, Set<Integer> years) {
    }

    record Known(long id, String code, String path) {
    }

    static final ImportKind KIND = ImportKind.of("variable-values", "Valores de variables sociales",
            ImportColumn.required(TERRITORY,
                    "Código del territorio en la jurisdicción (por ejemplo 11 para Suba)."),
            ImportColumn.required(VARIABLE, "Código de la variable en el catálogo (por ejemplo pobreza_ipm)."),
            ImportColumn.required(YEAR, "Año del dato, entre 1900 y 2100."),
            ImportColumn.required(VALUE, "Valor numérico; admite coma decimal (12,5)."),
            ImportColumn.optional(SOURCE, "Nota sobre la fuente de este dato (máximo 300 caracteres)."));

    @Override
    public ImportKind kind() {
        return KIND;
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        AccessScope scope = territories.scopeOf(context.user());
        ImportCheck check = ImportCheck.of(input, context);
        if (!scope.includesJurisdiction(j.id())) {
            return check.refused(context.outOfReach());
        }
        KnownTerritories known = new KnownTerritories(values.territories(j.id()));
        Map<String, SocialVariable> variables = new HashMap<>();
        catalog.list(j.id()).forEach(v -> variables.put(TextKeys.key(v.code()), v));
        List<Value> found = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        check.eachRow(CHUNK, row -> {
            Known territory = territory(row, known, j, scope);
            SocialVariable variable = row.code(VARIABLE, "Falta el código de la variable (variable).",
                    c -> Optional.ofNullable(variables.get(TextKeys.key(c))),
                    c -> "La variable '" + c + "' (variable) no está en el catálogo de " + j.name() + ".");
            Integer year = year(row);
            BigDecimal value = value(row);
            row.text(SOURCE, 300, "La fuente (fuente) admite máximo 300 caracteres.");
            if (territory != null && variable != null && year != null) {
                Integer first = row.repeated(VARIABLE, territory.id() + "|" + variable.id() + "|" + year,
                        f -> "El territorio '" + territory.code() + "', la variable '" + variable.code()
                                + "' y el año " + year + " ya aparecen en la fila " + f + ".");
                if (first == null && value != null) {
                    found.add(new Value(territory.id(), variable.id(), year, value, row.get(SOURCE)));
                    codes.add(variable.code());
                    years.add(year);
                }
            }
        });
        return check.result(() -> new Plan(j.id(), found, codes, years));
    }

    /** The jurisdiction's territories by code, and by number for codes a spreadsheet stripped of leading zeros. */
    private record KnownTerritories(Map<String, Known> byCode, Map<String, List<Known>> byNumber) {

        KnownTerritories(List<Known> all) {
            this(new HashMap<>(), new HashMap<>());
            for (Known k : all) {
                byCode.put(k.code(), k);
                if (k.code().matches("\\d+")) {
                    byNumber.computeIfAbsent(k.code().replaceFirst("^0+(?=\\d)", ""), x -> new ArrayList<>()).add(k);
                }
            }
        }

        Known find(String code) {
            Known territory = byCode.get(code);
            if (territory == null && code.matches("\\d+")) {
                // spreadsheets drop leading zeros: 1 means 01 when only one code reads as 1
                List<Known> candidates = byNumber.getOrDefault(code.replaceFirst("^0+(?=\\d)", ""), List.of());
                territory = candidates.size() == 1 ? candidates.get(0) : null;
            }
            return territory;
        }
    }

    private static Known territory(ImportCheck.Cells row, KnownTerritories known, Jurisdiction j, AccessScope scope) {
        Known territory = row.code(TERRITORY, "Falta el código del territorio (codigo_territorio).",
                c -> Optional.ofNullable(known.find(c)),
                c -> "El código de territorio (codigo_territorio) '" + c + "' no existe en " + j.name() + ".");
        if (territory != null && !scope.includes(j.id(), territory.path())) {
            row.error(TERRITORY, "El territorio '" + row.get(TERRITORY)
                    + "' (codigo_territorio) está fuera de su alcance territorial.");
            return null;
        }
        return territory;
    }

    private static Integer year(ImportCheck.Cells row) {
        String yearText = row.required(YEAR, "Falta el año (anio).");
        if (yearText == null) {
            return null;
        }
        if (!yearText.matches("\\d{1,4}")) {
            row.error(YEAR, "El año (anio) '" + yearText + "' no es un año válido.");
            return null;
        }
        int year = Integer.parseInt(yearText);
        if (year < 1900 || year > 2100) {
            row.error(YEAR, "El año (anio) " + yearText + " debe estar entre 1900 y 2100.");
            return null;
        }
        return year;
    }

    private static BigDecimal value(ImportCheck.Cells row) {
        String valueText = row.required(VALUE, "Falta el valor (valor).");
        BigDecimal value = row.decimal(VALUE, reason -> "El valor (valor) no es válido: " + reason + ".");
        if (value != null && value.abs().compareTo(LIMIT) >= 0) {
            row.error(VALUE, "El valor (valor) '" + valueText + "' es demasiado grande.");
            return null;
        }
        return value;
    }

    @Override
    public int load(Plan plan, ImportContext context) {
        int inserted = 0;
        int done = 0;
        List<Value> all = plan.values();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Value> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            inserted += values.upsert(plan.jurisdictionId(), chunk);
            done += chunk.size();
            context.progress(done);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("variables", plan.variables());
        detail.put("years", plan.years());
        detail.put("inserted", inserted);
        detail.put("updated", done - inserted);
        audit.record("IMPORT", "variable_value", null, plan.jurisdictionId(),
                done + " valores de variables sociales importados (" + inserted + " nuevos, " + (done - inserted)
                        + " actualizados)",
                null, detail);
        return done;
    }
}
