package org.minga.training.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A capacity a {@link TrainingProgramme} develops (a row of {@code training_programme_capacity}). */
@Table("training_programme_capacity")
public record ProgrammeCapacity(long capacityId) {
}
