package org.minga.offer.internal;

import java.util.List;

/** The service form of the pages: the API form with its first location as plain fields. */
record ServicePageForm(String jurisdiction, String code, String provider, String name, String description,
        String sector,
        List<String> needs, String valueGroups, Integer minAge, Integer maxAge, String sex,
        List<String> populationGroups, String sisbenGroups, String territories, String eligibilityNotes,
        String requiredDocuments, String cost, List<String> channels, String howToApply, String legalBasis,
        String url, String email, String phone, String status, String locationName,
        String locationAddress, String locationTerritory, String locationSchedule, Integer version) {

    ServicePageForm {
        needs = needs == null ? List.of() : needs;
        populationGroups = populationGroups == null ? List.of() : populationGroups;
        channels = channels == null ? List.of() : channels;
    }

    static ServicePageForm empty(String jurisdiction) {
        return new ServicePageForm(jurisdiction, "", "", "", "", "", List.of(), null, null, null, "ANY", List.of(), "",
                "",
                null, null, "Gratuito", List.of("IN_PERSON"), null, null, null, null, null, "ACTIVE", null, null, null,
                null, null);
    }

    static ServicePageForm of(ServiceView s, String jurisdiction, String providerCode) {
        ServiceView.LocationView l = s.locations().isEmpty() ? null : s.locations().get(0);
        return new ServicePageForm(jurisdiction, s.code(), providerCode, s.name(), s.description(), s.sector().name(),
                s.needs().stream().map(Enum::name).toList(), s.valueGroups(), s.minAge(), s.maxAge(), s.sex().name(),
                s.populationGroups().stream().map(Enum::name).toList(), String.join(", ", s.sisbenGroups()),
                String.join(", ", s.areas().stream().map(ServiceView.AreaView::code).toList()), s.eligibilityNotes(),
                s.requiredDocuments(), s.cost(), s.channels().stream().map(Enum::name).toList(), s.howToApply(),
                s.legalBasis(), s.url(), s.email(), s.phone(), s.status(), l == null ? null : l.name(),
                l == null ? null : l.address(), l == null ? null : l.territoryCode(), l == null ? null : l.schedule(),
                s.version());
    }

    ServiceForm toForm(List<ServiceForm.LocationForm> otherLocations) {
        List<ServiceForm.LocationForm> locations = new java.util.ArrayList<>();
        if (locationName != null && !locationName.isBlank()) {
            locations.add(new ServiceForm.LocationForm(locationName, locationAddress, locationTerritory, null, null,
                    locationSchedule, null, null, List.of()));
        }
        locations.addAll(otherLocations);
        return new ServiceForm(jurisdiction, code, provider, name, description, sector, needs, valueGroups, minAge,
                maxAge,
                sex, populationGroups, List.of(sisbenGroups == null ? "" : sisbenGroups),
                List.of(territories == null ? "" : territories), eligibilityNotes, requiredDocuments, cost, channels,
                howToApply, legalBasis, url, email, phone, status, locations, version);
    }
}
