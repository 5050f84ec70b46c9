package org.minga.offer.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.minga.actor.Sector;
import org.minga.offer.Channel;
import org.minga.offer.EligibilityRules;
import org.minga.offer.Need;
import org.minga.offer.ValueGroup;
import org.minga.offer.Sex;
import org.minga.offer.internal.domain.ServiceStatus;

/** A service with everything a person needs to know to use it. */
public record ServiceView(long id, UUID uid, long jurisdictionId, String code, long providerId, UUID providerUid,
        String providerName, String name, String description, Sector sector, List<Need> needs,
        String valueGroups, Integer minAge, Integer maxAge, Sex sex,
        List<ValueGroup> populationGroups, List<String> sisbenGroups, boolean offeredEverywhere,
        List<AreaView> areas, String eligibilityNotes, String requiredDocuments, String cost,
        List<Channel> channels, String howToApply, String legalBasis, String url, String email,
        String phone, String status, List<LocationView> locations, int version, Instant updatedAt) {

    public record AreaView(long id, String code, String name, String path) {
    }

    public record LocationView(long id, UUID uid, UUID locationUid, String name, String address, Long territoryId,
            String territoryCode, String territoryName, Double latitude, Double longitude, String schedule,
            LocalTime opensAt, LocalTime closesAt, List<String> weekdays) {
    }

    public EligibilityRules rules() {
        return new EligibilityRules(minAge, maxAge, sex, Set.copyOf(populationGroups), Set.copyOf(sisbenGroups),
                offeredEverywhere, areas.stream().map(a -> new EligibilityRules.Area(a.path(), a.name())).toList());
    }

    /** The eligibility in plain words, including the free-text conditions. */
    public List<String> eligibilityLines() {
        List<String> lines = new java.util.ArrayList<>(rules().describe());
        if (eligibilityNotes != null) {
            lines.add(eligibilityNotes);
        }
        return lines;
    }

    /** Whether the service is given today; its words with {@code labels.of(service.lifecycle())}. */
    public ServiceStatus lifecycle() {
        return ServiceStatus.valueOf(status);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
