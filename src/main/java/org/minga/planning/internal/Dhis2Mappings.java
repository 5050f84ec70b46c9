package org.minga.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A jurisdiction's DHIS2 mapping as people type it: the data set, the id scheme, and lines that name a territory or
 * an indicator by its Minga code. Checked whole (every problem named by its line), then stored whole.
 */
@Service
@RequiredArgsConstructor
class Dhis2Mappings {

    record OrgUnitLine(String territoryCode, String orgUnit) {
    }

    record ElementLine(String indicatorCode, String dataElement, String categoryOptionCombo) {
    }

    record MappingCommand(String dataSet, String idScheme, List<OrgUnitLine> orgUnits,
            List<ElementLine> dataElements) {
    }

    /** The mapping as the page and the API show it ({@code dataSet} null: not configured yet). */
    record MappingView(String jurisdiction, String dataSet, String idScheme, List<OrgUnitLine> orgUnits,
            List<ElementLine> dataElements) {
    }

    private final Dhis2MappingRepository repository;
    private final IndicatorValueRepository indicators;
    private final Territories territories;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;

    Optional<Dhis2Mapping> of(long jurisdictionId) {
        return repository.of(jurisdictionId);
    }

    /** The jurisdiction named by its code, visible to the user, whose mapping is read or written. */
    Jurisdiction jurisdiction(CurrentUser user, String code) {
        Jurisdiction j = jurisdictions.requireVisible(code, user);
        if (!territories.scopeOf(user).includesJurisdiction(j.id())) {
            throw new ForbiddenException("La jurisdicción " + code + " está fuera de su alcance.");
        }
        return j;
    }

    MappingView view(CurrentUser user, String jurisdictionCode) {
        Jurisdiction j = jurisdiction(user, jurisdictionCode);
        Optional<Dhis2Mapping> m = repository.of(j.id());
        if (m.isEmpty()) {
            return new MappingView(j.code(), null, Dhis2Mapping.UID, List.of(), List.of());
        }
        Map<Long, String> codes = new HashMap<>();
        indicators.indicators(j.id()).forEach((code, i) -> codes.put(i.id(), code));
        List<OrgUnitLine> orgUnits = new ArrayList<>();
        m.get().orgUnits().forEach((territory, orgUnit) -> territories.byId(territory)
                .ifPresent(t -> orgUnits.add(new OrgUnitLine(t.code(), orgUnit))));
        orgUnits.sort(java.util.Comparator.comparing(OrgUnitLine::territoryCode));
        List<ElementLine> elements = new ArrayList<>();
        m.get().elements().forEach((indicator, e) -> elements
                .add(new ElementLine(codes.get(indicator), e.dataElement(), e.categoryOptionCombo())));
        elements.sort(java.util.Comparator.comparing(ElementLine::indicatorCode));
        return new MappingView(j.code(), m.get().dataSet(), m.get().idScheme(), orgUnits, elements);
    }

    @Transactional
    MappingView save(CurrentUser user, String jurisdictionCode, MappingCommand c) {
        Jurisdiction j = jurisdiction(user, jurisdictionCode);
        if (!territories.scopeOf(user).wholeJurisdiction(j.id())) {
            throw new ForbiddenException("El mapeo DHIS2 es de toda la jurisdicción: lo configura quien la tiene a "
                    + "su cargo completa.");
        }
        List<FieldError> errors = new ArrayList<>();
        String scheme = c.idScheme() == null || c.idScheme().isBlank() ? Dhis2Mapping.UID
                : c.idScheme().strip().toUpperCase(Locale.ROOT);
        if (!Dhis2Mapping.UID.equals(scheme) && !Dhis2Mapping.CODE.equals(scheme)) {
            errors.add(new FieldError("idScheme", "El esquema de identificadores debe ser UID o CODE."));
        }
        boolean uid = Dhis2Mapping.UID.equals(scheme);
        String dataSet = identifier("dataSet", "el conjunto de datos (dataSet)", c.dataSet(), true, uid, errors);
        Map<Long, String> orgUnits = orgUnits(j, c.orgUnits() == null ? List.of() : c.orgUnits(), uid, errors);
        Map<Long, Dhis2Mapping.Element> elements = elements(j,
                c.dataElements() == null ? List.of() : c.dataElements(), uid, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.replace(new Dhis2Mapping(j.id(), dataSet, scheme, orgUnits, elements), user.username());
        audit.record("UPDATE", "dhis2_mapping", j.id(), j.id(), "Mapeo DHIS2 de " + j.name() + ": " + orgUnits.size()
                + " unidades organizativas, " + elements.size() + " elementos de datos", null,
                Map.of("dataSet", dataSet, "idScheme", scheme));
        return view(user, jurisdictionCode);
    }

    private Map<Long, String> orgUnits(Jurisdiction j, List<OrgUnitLine> lines, boolean uid,
            List<FieldError> errors) {
        Map<Long, String> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            OrgUnitLine l = lines.get(i);
            String f = "orgUnits[" + i + "]";
            if (l == null) {
                errors.add(new FieldError(f, "Línea " + (i + 1) + ": está vacía."));
                continue;
            }
            Optional<TerritoryView> t = l.territoryCode() == null ? Optional.empty()
                    : territories.byCode(j.id(), l.territoryCode().strip());
            if (t.isEmpty()) {
                errors.add(new FieldError(f + ".territoryCode", "Línea " + (i + 1) + ": el territorio '"
                        + (l.territoryCode() == null ? "" : l.territoryCode()) + "' no existe en " + j.name() + "."));
            }
            String ou = identifier(f + ".orgUnit", "la unidad organizativa (orgUnit)", l.orgUnit(), true, uid, errors);
            if (ou != null && !seen.add(ou)) {
                errors.add(new FieldError(f + ".orgUnit", "Línea " + (i + 1) + ": la unidad organizativa '" + ou
                        + "' ya está asignada a otro territorio."));
            }
            if (t.isPresent() && ou != null && out.put(t.get().id(), ou) != null) {
                errors.add(new FieldError(f + ".territoryCode",
                        "Línea " + (i + 1) + ": el territorio '" + l.territoryCode() + "' está dos veces."));
            }
        }
        return out;
    }

    private Map<Long, Dhis2Mapping.Element> elements(Jurisdiction j, List<ElementLine> lines, boolean uid,
            List<FieldError> errors) {
        Map<String, IndicatorValueRepository.EnteredOrComputed> byCode = indicators.indicators(j.id());
        Map<Long, Dhis2Mapping.Element> out = new HashMap<>();
        Set<Dhis2Mapping.Element> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ElementLine l = lines.get(i);
            String f = "dataElements[" + i + "]";
            if (l == null) {
                errors.add(new FieldError(f, "Línea " + (i + 1) + ": está vacía."));
                continue;
            }
            IndicatorValueRepository.EnteredOrComputed indicator = l.indicatorCode() == null ? null
                    : byCode.get(l.indicatorCode().strip());
            if (indicator == null) {
                errors.add(new FieldError(f + ".indicatorCode", "Línea " + (i + 1) + ": el indicador '"
                        + (l.indicatorCode() == null ? "" : l.indicatorCode()) + "' no existe en " + j.name() + "."));
            }
            String de = identifier(f + ".dataElement", "el elemento de datos (dataElement)", l.dataElement(), true,
                    uid, errors);
            String coc = identifier(f + ".categoryOptionCombo",
                    "la combinación de categorías (categoryOptionCombo)", l.categoryOptionCombo(), false, uid, errors);
            if (de == null) {
                continue;
            }
            Dhis2Mapping.Element e = new Dhis2Mapping.Element(de, coc);
            if (!seen.add(e)) {
                errors.add(new FieldError(f + ".dataElement", "Línea " + (i + 1) + ": el elemento de datos '" + de
                        + "' con esa combinación de categorías ya está asignado a otro indicador."));
            }
            if (indicator != null && out.put(indicator.id(), e) != null) {
                errors.add(new FieldError(f + ".indicatorCode",
                        "Línea " + (i + 1) + ": el indicador '" + l.indicatorCode() + "' está dos veces."));
            }
        }
        return out;
    }

    /** A DHIS2 identifier as typed: required or not, a uid when the scheme is UID, at most 60 characters. */
    private static String identifier(String field, String what, String text, boolean required, boolean uid,
            List<FieldError> errors) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "Indique " + what + "."));
            }
            return required ? null : "";
        }
        if (uid && !Dhis2Mapping.UID_PATTERN.matcher(t).matches()) {
            errors.add(new FieldError(field, "'" + t + "' no es un identificador (uid) de DHIS2: son 11 letras o "
                    + "dígitos y el primero es una letra."));
            return null;
        }
        if (t.length() > 60 || t.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "El código de " + what + " admite hasta 60 caracteres visibles."));
            return null;
        }
        return t;
    }
}
