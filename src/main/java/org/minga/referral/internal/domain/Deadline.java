package org.minga.referral.internal.domain;

import java.time.LocalDate;

import org.minga.platform.ValidationException;
import org.minga.platform.BusinessDays;

/**
 * The time a receiving entity has to answer: {@code businessDays} business days of the jurisdiction's country after
 * the day of creation, falling due on {@code dueOn}.
 */
public record Deadline(int businessDays, LocalDate createdOn, LocalDate dueOn) {

    public static final int DEFAULT_DAYS = 10;
    public static final int MAX_DAYS = 120;

    public Deadline {
        if (businessDays < 1 || businessDays > MAX_DAYS) {
            throw new ValidationException("businessDays", "El plazo debe estar entre 1 y 120 días hábiles.");
        }
        if (createdOn == null || dueOn == null || dueOn.isBefore(createdOn)) {
            throw new IllegalArgumentException("A deadline falls due on or after the day of creation");
        }
    }

    /** {@code days} business days of {@code country}'s calendar after {@code createdOn}. */
    public static Deadline of(String country, LocalDate createdOn, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new ValidationException("businessDays", "El plazo debe estar entre 1 y 120 días hábiles.");
        }
        return new Deadline(days, createdOn, BusinessDays.forCountry(country).add(createdOn, days));
    }

    public static boolean validDays(Integer days) {
        return days != null && days >= 1 && days <= MAX_DAYS;
    }

    /** Past due on {@code today} (the jurisdiction's date). */
    public boolean passedOn(LocalDate today) {
        return dueOn.isBefore(today);
    }
}
