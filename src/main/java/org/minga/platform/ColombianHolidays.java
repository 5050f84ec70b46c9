package org.minga.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Colombian public holidays (Ley 51 de 1983, "Ley Emiliani"): six fixed dates; seven dates moved to the
 * following Monday when they do not fall on one; Jueves and Viernes Santo; and Ascensión, Corpus Christi
 * and Sagrado Corazón, which follow Easter and are observed on a Monday (Easter + 43, + 64, + 71 days).
 */
public final class ColombianHolidays implements HolidayCalendar {

    public static final ColombianHolidays INSTANCE = new ColombianHolidays();

    private final Map<Integer, Set<LocalDate>> cache = new ConcurrentHashMap<>();

    private ColombianHolidays() {
    }

    @Override
    public Set<LocalDate> holidays(int year) {
        return cache.computeIfAbsent(year, ColombianHolidays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        Set<LocalDate> days = new TreeSet<>();
        // fixed
        days.add(LocalDate.of(year, 1, 1));
        days.add(LocalDate.of(year, 5, 1));
        days.add(LocalDate.of(year, 7, 20));
        days.add(LocalDate.of(year, 8, 7));
        days.add(LocalDate.of(year, 12, 8));
        days.add(LocalDate.of(year, 12, 25));
        // Ley Emiliani: to the next Monday
        int[][] moved = {{1, 6}, {3, 19}, {6, 29}, {8, 15}, {10, 12}, {11, 1}, {11, 11}};
        for (int[] md : moved) {
            days.add(nextMonday(LocalDate.of(year, md[0], md[1])));
        }
        LocalDate easter = HolidayCalendar.easterSunday(year);
        days.add(easter.minusDays(3)); // Jueves Santo
        days.add(easter.minusDays(2)); // Viernes Santo
        days.add(easter.plusDays(43)); // Ascensión del Señor
        days.add(easter.plusDays(64)); // Corpus Christi
        days.add(easter.plusDays(71)); // Sagrado Corazón
        return Set.copyOf(days);
    }

    static LocalDate nextMonday(LocalDate date) {
        return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
}
