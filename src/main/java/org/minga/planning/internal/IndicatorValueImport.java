package org.minga.planning.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.AuditLog;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportError;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportNumbers;
import org.minga.platform.ImportRow;
import org.minga.platform.ImportValidation;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports measurements of entered indicators (CSV or XLSX): indicator code, period, territory code, value. Computed
 * indicators are refused (their values come from Minga's data). The load upserts by (indicator, period, territory).
 */
@Component
class IndicatorValueImport implements ImportHandler<IndicatorValueImport.Plan> {

    static final String INDICATOR = "codigo_indicador";
    static final String PERIOD = "periodo";
    static final String TERRITORY = "codigo_territorio";
    static final String VALUE = "valor";
    static final String NOTE = "nota";

    record Value(long indicatorId, Periods.Period period, TerritoryView territory, BigDecimal value, String note) {
    }

    record Plan(long jurisdictionId, List<Value> values) {
    }

    private final JdbcClient jdbc;
    private final Territories territories;
    private final AuditLog audit;

    IndicatorValueImport(JdbcClient jdbc, Territories territories, AuditLog audit) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.audit = audit;
    }

    @Override
    public String type() {
        return "indicator-values";
    }

    @Override
    public String label() {
        return "Valores de indicadores";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(INDICATOR, "Código del indicador (por ejemplo BOG-IPM)."),
                ImportColumn.required(PERIOD,
                        "Periodo: 2026 (año), 2026-S1 (semestre), 2026-Q2 (trimestre) o 2026-03 (mes)."),
                ImportColumn.required(TERRITORY,
                        "Código del territorio en la jurisdicción (por ejemplo 11 para Suba)."),
                ImportColumn.required(VALUE, "Valor medido; admite coma decimal (12,5)."),
                ImportColumn.optional(NOTE, "Nota sobre el dato (máximo 500 caracteres)."));
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        long j = context.jurisdiction().id();
        AccessScope scope = territories.scopeOf(context.user());
        if (!scope.includesJurisdiction(j) || !AccessPolicy.holds(context.user().role(), Capability.MANAGE_PLANS)) {
            return ImportValidation.refused(input.rows().size(), context.outOfReach());
        }
        List<ImportError> errors = new ArrayList<>();
        Map<String, Long> indicators = new HashMap<>();
        Set<String> computed = new HashSet<>();
        jdbc.sql("select id, code, computed_key from indicator where jurisdiction_id = :j").param("j", j).query(rs -> {
            indicators.put(rs.getString("code"), rs.getLong("id"));
            if (rs.getString("computed_key") != null) {
                computed.add(rs.getString("code"));
            }
        });
        List<Value> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int processed = 0;
        for (ImportRow row : input.rows()) {
            int n = row.number();
            String code = row.get(INDICATOR);
            Long indicator = code == null ? null : indicators.get(code);
            if (code == null) {
                errors.add(new ImportError(n, INDICATOR, "Falta el código del indicador (codigo_indicador)."));
            } else if (indicator == null) {
                errors.add(new ImportError(n, INDICATOR, "El indicador (codigo_indicador) '" + code + "' no existe en "
                        + context.jurisdiction().name() + "."));
            } else if (computed.contains(code)) {
                errors.add(new ImportError(n, INDICATOR, "El indicador '" + code
                        + "' se calcula con los datos de Minga: no se importan valores."));
                indicator = null;
            }
            Periods.Period period = null;
            try {
                period = Periods.parse(PERIOD, row.get(PERIOD));
            } catch (org.minga.platform.ValidationException e) {
                errors.add(new ImportError(n, PERIOD, e.errors().get(0).message() + " (periodo)"));
            }
            TerritoryView territory = null;
            String tcode = row.get(TERRITORY);
            if (tcode == null) {
                errors.add(new ImportError(n, TERRITORY, "Falta el código del territorio (codigo_territorio)."));
            } else {
                Optional<TerritoryView> t = territories.byCode(j, tcode);
                if (t.isEmpty()) {
                    errors.add(new ImportError(n, TERRITORY,
                            "El territorio (codigo_territorio) '" + tcode + "' no existe."));
                } else if (!scope.includes(t.get().jurisdictionId(), t.get().path())) {
                    errors.add(new ImportError(n, TERRITORY,
                            "El territorio '" + tcode + "' (codigo_territorio) está fuera de su alcance."));
                } else {
                    territory = t.get();
                }
            }
            BigDecimal value = null;
            String raw = row.get(VALUE);
            if (raw == null) {
                errors.add(new ImportError(n, VALUE, "Falta el valor (valor)."));
            } else {
                try {
                    value = ImportNumbers.decimal(raw);
                } catch (RuntimeException e) {
                    errors.add(new ImportError(n, VALUE, "El valor (valor) '" + raw + "' no es un número."));
                }
            }
            String note = row.get(NOTE);
            if (note != null && note.length() > 500) {
                errors.add(new ImportError(n, NOTE, "La nota (nota) tiene más de 500 caracteres."));
            }
            if (indicator != null && period != null && territory != null && value != null) {
                if (!seen.add(indicator + "|" + period.label() + "|" + territory.id())) {
                    errors.add(new ImportError(n, PERIOD, "El archivo repite el indicador '" + code + "', el periodo "
                            + period.label() + " y el territorio '" + tcode + "'."));
                } else {
                    values.add(new Value(indicator, period, territory, value, note));
                }
            }
            context.progress(++processed);
        }
        return new ImportValidation<>(input.rows().size(), errors, errors.isEmpty() ? new Plan(j, values) : null);
    }

    @Override
    public int load(Plan plan, ImportContext context) {
        int done = 0;
        for (Value v : plan.values()) {
            jdbc.sql(
                    """
                            insert into indicator_value (indicator_id, period, period_start, period_end, territory_id, territory_path, value, note)
                            values (:i, :p, :s, :e, :t, :path, :v, :note)
                            on conflict (indicator_id, period, territory_id)
                            do update set value = excluded.value, note = excluded.note, version = indicator_value.version + 1""")
                    .param("i", v.indicatorId()).param("p", v.period().label()).param("s", v.period().start())
                    .param("e", v.period().end()).param("t", v.territory().id()).param("path", v.territory().path())
                    .param("v", v.value()).param("note", v.note()).update();
            context.progress(++done);
        }
        audit.record("indicator.import", "indicator_value", null, plan.jurisdictionId(),
                done + " valores de indicadores importados", null, null);
        return done;
    }
}
