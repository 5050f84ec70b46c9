package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Colombian holidays (Ley Emiliani and Easter) and the legal deadlines of data-subject requests. */
class BusinessDaysTests {

    @Test
    void easterSundayOfKnownYears() {
        assertThat(HolidayCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(HolidayCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(HolidayCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void colombianHolidaysOf2024AsPublished() {
        // the eighteen holidays of 2024 in Colombia
        assertThat(ColombianHolidays.INSTANCE.holidays(2024)).containsExactlyInAnyOrder(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 3, 25),
                LocalDate.of(2024, 3, 28), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 13), LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 10),
                LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 20), LocalDate.of(2024, 8, 7),
                LocalDate.of(2024, 8, 19), LocalDate.of(2024, 10, 14), LocalDate.of(2024, 11, 4),
                LocalDate.of(2024, 11, 11), LocalDate.of(2024, 12, 8), LocalDate.of(2024, 12, 25));
    }

    @Test
    void emilianiMovesToMondayButNotWhenAlreadyMonday() {
        // 2025: Reyes (6 Jan) is a Monday and stays; San José (19 Mar, Wednesday) moves to 24 Mar
        assertThat(ColombianHolidays.INSTANCE.isHoliday(LocalDate.of(2025, 1, 6))).isTrue();
        assertThat(ColombianHolidays.INSTANCE.isHoliday(LocalDate.of(2025, 3, 19))).isFalse();
        assertThat(ColombianHolidays.INSTANCE.isHoliday(LocalDate.of(2025, 3, 24))).isTrue();
        // 2025 Easter-based: Ascensión 2 Jun, Corpus 23 Jun, Sagrado Corazón 30 Jun
        assertThat(ColombianHolidays.INSTANCE.holidays(2025)).contains(LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 23), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 4, 17),
                LocalDate.of(2025, 4, 18));
    }

    @Test
    void consultaDeadlineSkipsWeekendsAndHolyWeek() {
        BusinessDays co = BusinessDays.forCountry("CO");
        // received Monday 2024-03-25 (itself a holiday): 10 business days skip 28-29 Mar (Holy Thursday, Good Friday)
        assertThat(co.add(LocalDate.of(2024, 3, 22), 10)).isEqualTo(LocalDate.of(2024, 4, 10));
        // reclamo: 15 business days from Friday 2024-12-13 skip 25 Dec, 1 Jan and Reyes (Monday 6 Jan 2025)
        assertThat(co.add(LocalDate.of(2024, 12, 13), 15)).isEqualTo(LocalDate.of(2025, 1, 8));
        assertThat(co.between(LocalDate.of(2024, 3, 22), LocalDate.of(2024, 4, 10))).isEqualTo(10);
    }

    @Test
    void chileDoesNotObserveColombianHolidays() {
        // 20 July and 7 August are Colombian holidays, working days in Chile; 18 September is Chilean
        BusinessDays cl = BusinessDays.forCountry("CL");
        assertThat(cl.isBusinessDay(LocalDate.of(2026, 7, 20))).isTrue();
        assertThat(cl.isBusinessDay(LocalDate.of(2026, 8, 7))).isTrue();
        assertThat(cl.isBusinessDay(LocalDate.of(2026, 9, 18))).isFalse();
        assertThat(BusinessDays.forCountry("CO").isBusinessDay(LocalDate.of(2026, 7, 20))).isFalse();
    }
}
