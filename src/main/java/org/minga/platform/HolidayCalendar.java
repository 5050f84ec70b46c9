package org.minga.platform;

import java.time.LocalDate;
import java.util.Set;

/** The public holidays of a country, for counting business days. */
public interface HolidayCalendar {

    Set<LocalDate> holidays(int year);

    default boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).contains(date);
    }

    /** The calendar of a jurisdiction's country (ISO 3166 code, "CO" or "CL"). */
    static HolidayCalendar forCountry(String country) {
        if ("CL".equalsIgnoreCase(country)) {
            return ChileanHolidays.INSTANCE;
        }
        if ("CO".equalsIgnoreCase(country)) {
            return ColombianHolidays.INSTANCE;
        }
        throw new IllegalArgumentException("No hay calendario de festivos para el país " + country);
    }

    /** Easter Sunday (Gregorian computus, anonymous algorithm of Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
