package org.minga.household.internal.importing;

import java.util.List;

import org.minga.household.internal.person.PersonChecks;
import org.minga.household.internal.person.PersonCommand;
import org.minga.territory.TerritoryView;

/** What a valid households and persons file loads: the new households and every person with the household they join. */
record PersonImportPlan(long jurisdictionId, List<NewHousehold> households, List<NewPerson> persons) {

    record NewHousehold(String code, TerritoryView territory, String address, Integer estrato, String sisben,
            boolean priority) {
    }

    record NewPerson(int row, String householdCode, Long existingHouseholdId, PersonCommand command,
            PersonChecks.Checked checked, boolean minor) {
    }
}
