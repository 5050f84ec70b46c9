package org.minga.household.internal.household;

/**
 * A household to create or update: its territory is chosen ({@code territoryId} or {@code territoryCode}) or
 * placed from {@code latitude}/{@code longitude}.
 */
public record HouseholdCommand(String jurisdiction, String code, Long territoryId, String territoryCode,
        Double latitude,
        Double longitude, String address, Integer estrato, String sisbenGroup, Boolean priority,
        Long fieldTeamId, Integer version) {
}
