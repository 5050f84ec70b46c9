package org.minga.training.internal.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * What a participant declared of their diversity, counted as shares and never listed: sex (F, M, I), gender identity
 * (as declared), ethnicity, age group and disability. Any part may be unknown (null).
 */
public record Diversity(String sex, String genderIdentity, String ethnicity, String ageGroup, Boolean disability) {

    /** The age groups the figures use, from a birth date on a day. */
    public static String ageGroup(LocalDate birthDate, LocalDate on) {
        if (birthDate == null) {
            return null;
        }
        int age = Period.between(birthDate, on).getYears();
        if (age < 18) {
            return "0-17";
        }
        if (age <= 28) {
            return "18-28";
        }
        return age <= 59 ? "29-59" : "60+";
    }
}
