package org.minga.household.internal.characterization;

import java.time.LocalDate;
import java.util.Map;

/** The commands and views of instruments and characterisations. */
public final class CharacterizationRecords {

    private CharacterizationRecords() {
    }

    public record InstrumentCommand(String jurisdiction, String code, String name, String subject,
            InstrumentDefinition definition, Integer version) {
    }

    public record InstrumentView(long id, long jurisdictionId, String code, String name, String subject,
            int currentVersion,
            InstrumentDefinition definition, int version) {
    }

    public record CharacterizationCommand(Long instrumentId, Long householdId, Long personId, LocalDate answeredOn,
            Map<String, Object> answers) {
    }
}
