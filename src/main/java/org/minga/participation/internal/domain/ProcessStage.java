package org.minga.participation.internal.domain;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A stage of a participatory process: its name, dates, who is responsible and where it stands. */
@Table("process_stage")
public record ProcessStage(String name, LocalDate startsOn, LocalDate endsOn, String responsible,
        StageStatus status) {

    /** Late on {@code today}: not done and past its end date. */
    public boolean lateOn(LocalDate today) {
        return status != StageStatus.DONE && endsOn != null && endsOn.isBefore(today);
    }
}
