package org.minga.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessScope;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings indicator values back from a DHIS2 {@code dataValueSets} JSON file: every row is read through the
 * jurisdiction's DHIS2 mapping (organisation unit to territory, data element and category option combo to indicator,
 * DHIS2 period to Minga's) and checked first; one bad row refuses the whole file, every problem named by its row;
 * otherwise every value is stored (a value already there for that indicator, period and territory is replaced).
 */
@Service
@RequiredArgsConstructor
class Dhis2Import {

    static final int MAX_ROWS = 100_000;
    private static final int MAX_ERRORS = 500;

    private final Dhis2Mappings mappings;
    private final IndicatorValueRepository stored;
    private final Territories territories;
    private final AuditLog audit;

    /** Loads the file's values into the jurisdiction's indicators; answers how many were stored. */
    @Transactional
    int load(CurrentUser user, String jurisdictionCode, JsonNode file) {
        Jurisdiction j = mappings.jurisdiction(user, jurisdictionCode);
        Dhis2Mapping m = mappings.of(j.id()).orElseThrow(() -> new ValidationException("jurisdiction",
                "Configure primero el mapeo DHIS2 de " + j.name() + " (conjunto de datos e identificadores)."));
        if (file == null || !file.isObject() || !file.path("dataValues").isArray()) {
            throw new ValidationException("dataValues",
                    "El archivo no es un dataValueSets de DHIS2: falta la lista dataValues.");
        }
        String dataSet = file.path("dataSet").asText("");
        if (!dataSet.isEmpty() && !dataSet.equals(m.dataSet())) {
            throw new ValidationException("dataSet", "El archivo es del conjunto de datos '" + dataSet + "' y "
                    + j.name() + " envía el '" + m.dataSet() + "'.");
        }
        JsonNode rows = file.get("dataValues");
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new ValidationException("dataValues", "El archivo debe traer entre 1 y 100.000 valores.");
        }
        List<IndicatorValueImport.Value> values = read(j, m, rows, territories.scopeOf(user));
        values.forEach(stored::upsert);
        audit.record("indicator.import", "indicator_value", null, j.id(),
                values.size() + " valores de indicadores importados de DHIS2 (" + m.dataSet() + ")", null, null);
        return values.size();
    }

    private List<IndicatorValueImport.Value> read(Jurisdiction j, Dhis2Mapping m, JsonNode rows, AccessScope scope) {
        Map<String, IndicatorValueRepository.EnteredOrComputed> byCode = stored.indicators(j.id());
        Map<Dhis2Mapping.Element, Long> byElement = m.indicatorsByElement();
        Map<String, Long> byOrgUnit = m.territoriesByOrgUnit();
        List<FieldError> errors = new ArrayList<>();
        List<IndicatorValueImport.Value> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size() && errors.size() < MAX_ERRORS; i++) {
            JsonNode row = rows.get(i);
            String f = "dataValues[" + i + "]";
            String where = "Fila " + (i + 1) + ": ";
            String de = row.path("dataElement").asText("").strip();
            Long indicator = indicator(j, m, byElement, byCode, row, f, where, errors);
            TerritoryView territory = territory(j, m, byOrgUnit, row.path("orgUnit").asText("").strip(), scope, f,
                    where, errors);
            Periods.Period period = null;
            try {
                period = Periods.fromDhis2(f + ".period", row.path("period").asText(""));
            } catch (ValidationException e) {
                errors.add(new FieldError(f + ".period", where + e.errors().get(0).message()));
            }
            BigDecimal value = value(row.path("value"), f, where, errors);
            String note = row.path("comment").asText(null);
            if (note != null && note.length() > 500) {
                note = note.substring(0, 500);
            }
            if (indicator != null && territory != null && period != null && value != null) {
                if (!seen.add(indicator + "|" + period.label() + "|" + territory.id())) {
                    errors.add(new FieldError(f, where + "el archivo repite el elemento de datos '" + de
                            + "', el periodo " + row.path("period").asText() + " y la unidad organizativa."));
                } else {
                    values.add(new IndicatorValueImport.Value(indicator, period, territory, value, note));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return values;
    }

    /** The entered indicator a row's data element (and category option combo) stands for, or null with an error. */
    private static Long indicator(Jurisdiction j, Dhis2Mapping m, Map<Dhis2Mapping.Element, Long> byElement,
            Map<String, IndicatorValueRepository.EnteredOrComputed> byCode, JsonNode row, String f, String where,
            List<FieldError> errors) {
        String de = row.path("dataElement").asText("").strip();
        String coc = row.path("categoryOptionCombo").asText("").strip();
        Long indicator = byElement.get(new Dhis2Mapping.Element(de, coc));
        if (indicator == null) {
            // the default combination: a line mapped without one takes the value whatever DHIS2 calls it
            indicator = byElement.get(new Dhis2Mapping.Element(de, ""));
        }
        if (indicator == null && m.byCode() && byCode.containsKey(de)) {
            indicator = byCode.get(de).id();
        }
        if (indicator == null) {
            errors.add(new FieldError(f + ".dataElement", where + "el elemento de datos '" + de
                    + (coc.isEmpty() ? "" : "' con la combinación '" + coc) + "' no corresponde a ningún indicador "
                    + "de " + j.name() + "."));
            return null;
        }
        long id = indicator;
        if (byCode.values().stream().anyMatch(i -> i.id() == id && i.computed())) {
            errors.add(new FieldError(f + ".dataElement", where + "el indicador del elemento de datos '" + de
                    + "' se calcula con los datos de Minga: no se importan valores."));
            return null;
        }
        return indicator;
    }

    private TerritoryView territory(Jurisdiction j, Dhis2Mapping m, Map<String, Long> byOrgUnit, String orgUnit,
            AccessScope scope, String f, String where, List<FieldError> errors) {
        Long id = byOrgUnit.get(orgUnit);
        Optional<TerritoryView> t = id != null ? territories.byId(id)
                : m.byCode() && !orgUnit.isEmpty() ? territories.byCode(j.id(), orgUnit) : Optional.empty();
        if (t.isEmpty()) {
            errors.add(new FieldError(f + ".orgUnit", where + "la unidad organizativa '" + orgUnit
                    + "' no corresponde a ningún territorio de " + j.name() + "."));
            return null;
        }
        if (!scope.includes(t.get().jurisdictionId(), t.get().path())) {
            errors.add(new FieldError(f + ".orgUnit", where + "el territorio de la unidad organizativa '" + orgUnit
                    + "' está fuera de su alcance."));
            return null;
        }
        return t.get();
    }

    private static BigDecimal value(JsonNode node, String f, String where, List<FieldError> errors) {
        String text = node.isMissingNode() || node.isNull() ? "" : node.asText().strip();
        try {
            BigDecimal v = new BigDecimal(text);
            // the column holds 14 digits before the decimal point and 4 after
            if (v.abs().compareTo(new BigDecimal("1e14")) >= 0) {
                errors.add(new FieldError(f + ".value", where + "el valor '" + text + "' es demasiado grande."));
                return null;
            }
            return v.setScale(4, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(f + ".value", where + "el valor '" + text + "' no es un número."));
            return null;
        }
    }
}
