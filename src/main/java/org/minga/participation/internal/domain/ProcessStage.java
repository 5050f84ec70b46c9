package org.minga.participation.internal.domain;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A stage of a participatory process: its name, dates, who is responsible, where it stands and, once done, the day
 * it was done.
 */
@Table("process_stage")
public record ProcessStage(String name, LocalDate startsOn, LocalDate endsOn, String responsible,
        StageStatus status, LocalDate doneOn) {

    /** Done by its end date (a stage without an end date is on time once done). */
    public boolean doneOnTime() {
        return status == StageStatus.DONE && (endsOn == null || !doneOn.isAfter(endsOn));
    }

    /** Late on {@code today}: not done and past its end date. */
    public boolean lateOn(LocalDate today) {
        return status != StageStatus.DONE && endsOn != null && endsOn.isBefore(today);
    }
}
