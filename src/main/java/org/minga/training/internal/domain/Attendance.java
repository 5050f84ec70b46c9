package org.minga.training.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** That a participant attended a {@link TrainingSession}, and how satisfied they were (1 to 5, when asked). */
@Table("training_attendance")
public record Attendance(Integer satisfaction) {
}
