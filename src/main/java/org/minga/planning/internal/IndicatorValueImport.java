package org.minga.planning.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.AuditLog;
import org.minga.platform.ImportCheck;
import org.minga.platform.ImportColumn;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportHandler;
import org.minga.platform.ImportKind;
import org.minga.platform.ImportInput;
import org.minga.platform.ImportValidation;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Imports measurements of entered indicators (CSV or XLSX): indicator code, period, territory code, value. Computed
 * indicators are refused (their values come from Minga's data). The load upserts by (indicator, period, territory).
 */
@Component
record IndicatorValueImport(IndicatorValueRepository stored, Territories territories,
        AuditLog audit) implements ImportHandler<IndicatorValueImport.Plan> {

    static final String INDICATOR = "codigo_indicador";
    static final String PERIOD = "periodo";
    static final String TERRITORY = "codigo_territorio";
    static final String VALUE = "valor";
    static final String NOTE = "nota";

    record Value(long indicatorId, Periods.Period period, TerritoryView territory, BigDecimal value, String note) {
    }

    record Plan(long jurisdictionId, List<Value> values) {
    }

    static final ImportKind KIND = ImportKind.of("indicator-values", "Valores de indicadores",
            ImportColumn.required(INDICATOR, "Código del indicador (por ejemplo BOG-IPM)."),
            ImportColumn.required(PERIOD,
                    "Periodo: 2026 (año), 2026-S1 (semestre), 2026-Q2 (trimestre) o 2026-03 (mes)."),
            ImportColumn.required(TERRITORY,
                    "Código del territorio en la jurisdicción (por ejemplo 11 para Suba)."),
            ImportColumn.required(VALUE, "Valor medido; admite coma decimal (12,5)."),
            ImportColumn.optional(NOTE, "Nota sobre el dato (máximo 500 caracteres)."));

    @Override
    public ImportKind kind() {
        return KIND;
    }

    @Override
    public ImportValidation<Plan> validate(ImportInput input, ImportContext context) {
        long j = context.jurisdiction().id();
        AccessScope scope = territories.scopeOf(context.user());
        ImportCheck check = ImportCheck.of(input, context);
        if (!scope.includesJurisdiction(j) || !AccessPolicy.holds(context.user().role(), Capability.MANAGE_PLANS)) {
            return check.refused(context.outOfReach());
        }
        Map<String, IndicatorValueRepository.EnteredOrComputed> indicators = stored.indicators(j);
        List<Value> values = new ArrayList<>();
        check.eachRow(row -> {
            Long indicator = indicator(row, indicators, context.jurisdiction().name());
            Periods.Period period = null;
            try {
                period = Periods.parse(PERIOD, row.get(PERIOD));
            } catch (org.minga.platform.ValidationException e) {
                row.error(PERIOD, e.errors().get(0).message() + " (periodo)");
            }
            TerritoryView territory = territory(row, j, scope);
            String raw = row.required(VALUE, "Falta el valor (valor).");
            BigDecimal value = row.decimal(VALUE, reason -> "El valor (valor) '" + raw + "' no es un número.");
            String note = row.text(NOTE, 500, "La nota (nota) tiene más de 500 caracteres.");
            if (indicator != null && period != null && territory != null && value != null) {
                Periods.Period p = period;
                if (row.repeated(PERIOD, indicator + "|" + period.label() + "|" + territory.id(),
                        first -> "El archivo repite el indicador '" + row.get(INDICATOR) + "', el periodo "
                                + p.label() + " y el territorio '" + row.get(TERRITORY) + "'.") == null) {
                    values.add(new Value(indicator, period, territory, value, note));
                }
            }
        });
        return check.result(() -> new Plan(j, values));
    }

    private static Long indicator(ImportCheck.Cells row,
            Map<String, IndicatorValueRepository.EnteredOrComputed> indicators,
            String jurisdictionName) {
        IndicatorValueRepository.EnteredOrComputed indicator = row.code(INDICATOR,
                "Falta el código del indicador (codigo_indicador).", c -> Optional.ofNullable(indicators.get(c)),
                c -> "El indicador (codigo_indicador) '" + c + "' no existe en " + jurisdictionName + ".");
        if (indicator != null && indicator.computed()) {
            row.error(INDICATOR, "El indicador '" + row.get(INDICATOR)
                    + "' se calcula con los datos de Minga: no se importan valores.");
            return null;
        }
        return indicator == null ? null : indicator.id();
    }

    private TerritoryView territory(ImportCheck.Cells row, long j, AccessScope scope) {
        TerritoryView t = row.code(TERRITORY, "Falta el código del territorio (codigo_territorio).",
                c -> territories.byCode(j, c), c -> "El territorio (codigo_territorio) '" + c + "' no existe.");
        if (t != null && !scope.includes(t.jurisdictionId(), t.path())) {
            row.error(TERRITORY,
                    "El territorio '" + row.get(TERRITORY) + "' (codigo_territorio) está fuera de su alcance.");
            return null;
        }
        return t;
    }

    @Override
    public int load(Plan plan, ImportContext context) {
        int done = 0;
        for (Value v : plan.values()) {
            stored.upsert(v);
            context.progress(++done);
        }
        audit.record("indicator.import", "indicator_value", null, plan.jurisdictionId(),
                done + " valores de indicadores importados", null, null);
        return done;
    }
}
