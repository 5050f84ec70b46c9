package org.minga.training.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A territory where a {@link TrainingProgramme} takes place (a row of {@code training_programme_territory}). */
@Table("training_programme_territory")
public record ProgrammeTerritory(long territoryId, String territoryPath) {
}
