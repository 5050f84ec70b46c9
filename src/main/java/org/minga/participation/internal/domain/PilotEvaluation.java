package org.minga.participation.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A pilot workshop of a process with its evaluation and the adjustments made before the rounds. */
@Table("process_pilot")
public record PilotEvaluation(long spaceId, String evaluation, String adjustments) {
}
