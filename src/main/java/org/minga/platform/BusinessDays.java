package org.minga.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting business days (Monday to Friday, not a public holiday) over a country's holiday calendar. */
public final class BusinessDays {

    private final HolidayCalendar calendar;

    public BusinessDays(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    public static BusinessDays forCountry(String country) {
        return new BusinessDays(HolidayCalendar.forCountry(country));
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !calendar.isHoliday(date);
    }

    /**
     * The date {@code days} business days after {@code start}: the count begins the day after the request
     * is received (Ley 1581 de 2012, arts. 14 and 15: "contados a partir de la fecha de recibo").
     */
    public LocalDate add(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be zero or more");
        }
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Business days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                n++;
            }
        }
        return n;
    }
}
