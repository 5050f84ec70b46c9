package org.minga.platform;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chilean national holidays with a fixed date or tied to Easter (Viernes and Sábado Santo). The holidays
 * Ley 19.668 moves to a Monday (San Pedro y San Pablo, Encuentro de Dos Mundos, Iglesias Evangélicas) and
 * the solstice-dated Día de los Pueblos Indígenas are not computed: a Chilean deadline may therefore come
 * one day early in those weeks, never late. Colombian holidays are never applied to Chile.
 */
public final class ChileanHolidays implements HolidayCalendar {

    public static final ChileanHolidays INSTANCE = new ChileanHolidays();

    private final Map<Integer, Set<LocalDate>> cache = new ConcurrentHashMap<>();

    private ChileanHolidays() {
    }

    @Override
    public Set<LocalDate> holidays(int year) {
        return cache.computeIfAbsent(year, y -> {
            Set<LocalDate> days = new TreeSet<>();
            int[][] fixed = {{1, 1}, {5, 1}, {5, 21}, {7, 16}, {8, 15}, {9, 18}, {9, 19}, {11, 1}, {12, 8}, {12, 25}};
            for (int[] md : fixed) {
                days.add(LocalDate.of(y, md[0], md[1]));
            }
            LocalDate easter = HolidayCalendar.easterSunday(y);
            days.add(easter.minusDays(2));
            days.add(easter.minusDays(1));
            return Set.copyOf(days);
        });
    }
}
