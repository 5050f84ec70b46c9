package org.minga.territory.internal.variable;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.minga.platform.AuditLog;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportNumbers;
import org.minga.platform.ImportRow;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.platform.TextKeys;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports the values of social variables per territory and year. Every row is checked against the
 * jurisdiction's territories, the user's scope and the variable catalogue; the load upserts by
 * (territory, variable, year).
 */
@Component
class VariableValueImportHandler implements ImportHandler<VariableValueImportHandler.Plan> {

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

    private record Known(long id, String code, String path) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final VariableCatalog catalog;
    private final Territories territories;
    private final AuditLog audit;

    VariableValueImportHandler(JdbcClient jdbc, JdbcTemplate template, VariableCatalog catalog,
            Territories territories, AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.catalog = catalog;
        this.territories = territories;
        this.audit = audit;
    }

    @Override
    public String type() {
        return "variable-values";
    }

    @Override
    public String label() {
        return "Valores de variables sociales";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(TERRITORY,
                        "Código del territorio en la jurisdicción (por ejemplo 11 para Suba)."),
                ImportColumn.required(VARIABLE, "Código de la variable en el catálogo (por ejemplo pobreza_ipm)."),
                ImportColumn.required(YEAR, "Año del dato, entre 1900 y 2100."),
                ImportColumn.required(VALUE, "Valor numérico; admite coma decimal (12,5)."),
                ImportColumn.optional(SOURCE, "Nota sobre la fuente de este dato (máximo 300 caracteres)."));
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        Jurisdiction j = context.jurisdiction();
        AccessScope scope = territories.scopeOf(context.user());
        List<ImportRow> rows = input.rows();
        if (!scope.includesJurisdiction(j.id())) {
            return ImportValidation.refused(rows.size(), context.outOfReach());
        }
        List<ImportError> errors = new ArrayList<>();
        Map<String, Known> byCode = new HashMap<>();
        Map<String, List<Known>> byNumber = new HashMap<>();
        jdbc.sql("select id, code, path from territory where jurisdiction_id = :j").param("j", j.id())
                .query(rs -> {
                    Known k = new Known(rs.getLong("id"), rs.getString("code"), rs.getString("path"));
                    byCode.put(k.code(), k);
                    if (k.code().matches("\\d+")) {
                        byNumber.computeIfAbsent(k.code().replaceFirst("^0+(?=\\d)", ""), x -> new ArrayList<>())
                                .add(k);
                    }
                });
        Map<String, SocialVariable> variables = new HashMap<>();
        catalog.list(j.id()).forEach(v -> variables.put(TextKeys.key(v.code()), v));

        List<Value> values = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> codes = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        int processed = 0;
        for (ImportRow row : rows) {
            int n = row.number();
            Known territory = null;
            String code = row.get(TERRITORY);
            if (code == null) {
                errors.add(new ImportError(n, TERRITORY, "Falta el código del territorio (codigo_territorio)."));
            } else {
                territory = byCode.get(code);
                if (territory == null && code.matches("\\d+")) {
                    // spreadsheets drop leading zeros: 1 means 01 when only one code reads as 1
                    List<Known> candidates = byNumber.getOrDefault(code.replaceFirst("^0+(?=\\d)", ""), List.of());
                    territory = candidates.size() == 1 ? candidates.get(0) : null;
                }
                if (territory == null) {
                    errors.add(new ImportError(n, TERRITORY, "El código de territorio (codigo_territorio) '" + code
                            + "' no existe en " + j.name() + "."));
                } else if (!scope.includes(j.id(), territory.path())) {
                    errors.add(new ImportError(n, TERRITORY, "El territorio '" + code
                            + "' (codigo_territorio) está fuera de su alcance territorial."));
                    territory = null;
                }
            }
            SocialVariable variable = null;
            String variableCode = row.get(VARIABLE);
            if (variableCode == null) {
                errors.add(new ImportError(n, VARIABLE, "Falta el código de la variable (variable)."));
            } else {
                variable = variables.get(TextKeys.key(variableCode));
                if (variable == null) {
                    errors.add(new ImportError(n, VARIABLE, "La variable '" + variableCode
                            + "' (variable) no está en el catálogo de " + j.name() + "."));
                }
            }
            Integer year = null;
            String yearText = row.get(YEAR);
            if (yearText == null) {
                errors.add(new ImportError(n, YEAR, "Falta el año (anio)."));
            } else if (!yearText.matches("\\d{1,4}")) {
                errors.add(new ImportError(n, YEAR, "El año (anio) '" + yearText + "' no es un año válido."));
            } else {
                year = Integer.parseInt(yearText);
                if (year < 1900 || year > 2100) {
                    errors.add(
                            new ImportError(n, YEAR, "El año (anio) " + yearText + " debe estar entre 1900 y 2100."));
                    year = null;
                }
            }
            BigDecimal value = null;
            String valueText = row.get(VALUE);
            if (valueText == null) {
                errors.add(new ImportError(n, VALUE, "Falta el valor (valor)."));
            } else {
                try {
                    value = ImportNumbers.decimal(valueText);
                    if (value.abs().compareTo(LIMIT) >= 0) {
                        errors.add(
                                new ImportError(n, VALUE, "El valor (valor) '" + valueText + "' es demasiado grande."));
                        value = null;
                    }
                } catch (NumberFormatException e) {
                    errors.add(new ImportError(n, VALUE, "El valor (valor) no es válido: " + e.getMessage() + "."));
                }
            }
            String source = row.get(SOURCE);
            if (source != null && source.length() > 300) {
                errors.add(new ImportError(n, SOURCE, "La fuente (fuente) admite máximo 300 caracteres."));
            }
            if (territory != null && variable != null && year != null) {
                String key = territory.id() + "|" + variable.id() + "|" + year;
                Integer first = seen.putIfAbsent(key, n);
                if (first != null) {
                    errors.add(new ImportError(n, VARIABLE, "El territorio '" + territory.code() + "', la variable '"
                            + variable.code() + "' y el año " + year + " ya aparecen en la fila " + first + "."));
                } else if (value != null) {
                    values.add(new Value(territory.id(), variable.id(), year, value, source));
                    codes.add(variable.code());
                    years.add(year);
                }
            }
            if (++processed % CHUNK == 0) {
                context.progress(processed);
            }
        }
        context.progress(processed);
        if (!errors.isEmpty()) {
            return new ImportValidation<>(rows.size(), errors, null);
        }
        return new ImportValidation<>(rows.size(), errors, new Plan(j.id(), values, codes, years));
    }

    @Override
    public int load(Plan plan, ImportContext context) {
        int inserted = 0;
        int done = 0;
        List<Value> all = plan.values();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Value> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            inserted += upsert(plan.jurisdictionId(), chunk);
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

    /** One statement per chunk; returns how many rows were new. */
    private int upsert(long jurisdictionId, List<Value> chunk) {
        Integer inserted = template.execute((ConnectionCallback<Integer>) con -> {
            Long[] territories = new Long[chunk.size()];
            Long[] variables = new Long[chunk.size()];
            Integer[] years = new Integer[chunk.size()];
            BigDecimal[] values = new BigDecimal[chunk.size()];
            String[] sources = new String[chunk.size()];
            for (int i = 0; i < chunk.size(); i++) {
                Value v = chunk.get(i);
                territories[i] = v.territoryId();
                variables[i] = v.variableId();
                years[i] = v.year();
                values[i] = v.value();
                sources[i] = v.source();
            }
            try (PreparedStatement ps = con.prepareStatement("""
                    with input as (
                      select * from unnest(?::bigint[], ?::bigint[], ?::int[], ?::numeric[], ?::varchar[])
                        as u(territory_id, variable_id, year, value, source_note))
                    insert into variable_value (jurisdiction_id, territory_id, variable_id, year, value, source_note)
                    select ?, territory_id, variable_id, year, value, source_note from input
                    on conflict (territory_id, variable_id, year) do update
                      set value = excluded.value, source_note = excluded.source_note, updated_at = now()
                    returning (xmax = 0) as inserted""")) {
                ps.setArray(1, array(con, "bigint", territories));
                ps.setArray(2, array(con, "bigint", variables));
                ps.setArray(3, array(con, "integer", years));
                ps.setArray(4, array(con, "numeric", values));
                ps.setArray(5, array(con, "varchar", sources));
                ps.setLong(6, jurisdictionId);
                int count = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(1)) {
                            count++;
                        }
                    }
                }
                return count;
            }
        });
        return inserted == null ? 0 : inserted;
    }

    private static Array array(Connection con, String type, Object[] values) throws java.sql.SQLException {
        return con.createArrayOf(type, values);
    }
}
