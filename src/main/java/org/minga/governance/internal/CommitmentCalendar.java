package org.minga.governance.internal;

import java.time.LocalDate;

import org.minga.platform.BusinessDays;
import org.minga.platform.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * The calendar commitments are measured on: business days of the jurisdiction's country, its today in its zone, and
 * the overdue cut-off (a commitment is overdue once a whole business day has passed after its due date).
 */
@Component
record CommitmentCalendar(Access access) {

    static BusinessDays businessDays(Jurisdiction j) {
        return BusinessDays.forCountry(j.country());
    }

    /**
     * The first due date that is not yet overdue on {@code today}: a commitment due before the last business day on or
     * before today has had at least one whole business day pass since it fell due.
     */
    static LocalDate overdueCutoff(Jurisdiction j, LocalDate today) {
        BusinessDays bd = businessDays(j);
        LocalDate d = today;
        while (!bd.isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    static LocalDate today(Jurisdiction j) {
        return LocalDate.now(j.zoneId());
    }

    LocalDate today(long jurisdictionId) {
        return today(access.jurisdiction(jurisdictionId));
    }

    LocalDate cutoff(long jurisdictionId) {
        Jurisdiction j = access.jurisdiction(jurisdictionId);
        return overdueCutoff(j, today(j));
    }
}
