package org.minga.planning.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a jurisdiction's values are called in its DHIS2: the data set, the id scheme ({@code UID}: DHIS2's
 * 11-character identifiers; {@code CODE}: DHIS2 codes), the organisation unit of each territory (by territory id) and
 * the data element and category option combo of each indicator (by indicator id). With the CODE scheme a territory or
 * an indicator without a line of its own is sent with Minga's code (DHIS2 installations often use the DANE/CUT
 * codes for their organisation units); with UID it is left out, as DHIS2 would refuse it.
 */
record Dhis2Mapping(long jurisdictionId, String dataSet, String idScheme, Map<Long, String> orgUnits,
        Map<Long, Element> elements) {

    static final String UID = "UID";
    static final String CODE = "CODE";

    /** A DHIS2 uid: a letter and ten letters or digits. */
    static final java.util.regex.Pattern UID_PATTERN = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");

    /** The data element of an indicator and its category option combo (empty: DHIS2's default). */
    record Element(String dataElement, String categoryOptionCombo) {

        Element {
            categoryOptionCombo = categoryOptionCombo == null ? "" : categoryOptionCombo;
        }
    }

    Dhis2Mapping {
        orgUnits = Map.copyOf(orgUnits);
        elements = Map.copyOf(elements);
    }

    boolean byCode() {
        return CODE.equals(idScheme);
    }

    Optional<String> orgUnit(long territoryId, String territoryCode) {
        String mapped = orgUnits.get(territoryId);
        return Optional.ofNullable(mapped != null ? mapped : byCode() ? territoryCode : null);
    }

    Optional<Element> element(long indicatorId, String indicatorCode) {
        Element mapped = elements.get(indicatorId);
        return Optional.ofNullable(mapped != null ? mapped : byCode() ? new Element(indicatorCode, "") : null);
    }

    /** The territory an organisation unit stands for (mapped ones first, then Minga codes under CODE). */
    Map<String, Long> territoriesByOrgUnit() {
        Map<String, Long> out = new HashMap<>();
        orgUnits.forEach((territory, orgUnit) -> out.put(orgUnit, territory));
        return out;
    }

    /** The indicator a data element and category option combo stand for. */
    Map<Element, Long> indicatorsByElement() {
        Map<Element, Long> out = new HashMap<>();
        elements.forEach((indicator, element) -> out.put(element, indicator));
        return out;
    }
}
