package org.minga.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minga.platform.ValidationException;

/** Reporting periods: "2026" (año), "2026-S1" (semestre), "2026-Q2" (trimestre), "2026-03" (mes). */
final class Periods {

    private static final Pattern P = Pattern.compile("(\\d{4})(?:-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?");

    record Period(String label, LocalDate start, LocalDate end) {

        /** DHIS2 period id: 2026, 2026S1, 2026Q2, 202603. */
        String dhis2() {
            return label.replace("-Q", "Q").replace("-S", "S").replace("-", "");
        }

        /** ADX (SDMX time range): start date and ISO 8601 duration, "2026-01-01/P1Y". */
        String adx() {
            int months = (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
            return start + "/" + (months == 12 ? "P1Y" : "P" + months + "M");
        }
    }

    private static final Pattern DHIS2 = Pattern.compile("(\\d{4})(S[12]|Q[1-4]|0[1-9]|1[0-2])?");

    private Periods() {
    }

    /** A DHIS2 period id (2026, 2026S1, 2026Q2, 202603) as Minga's period. */
    static Period fromDhis2(String field, String text) {
        Matcher m = text == null ? null : DHIS2.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new ValidationException(field, "El periodo DHIS2 '" + (text == null ? "" : text)
                    + "' no es válido: use 2026, 2026S1, 2026Q2 o 202603.");
        }
        return parse(field, m.group(1) + (m.group(2) == null ? "" : "-" + m.group(2)));
    }

    static Period parse(String field, String text) {
        Matcher m = text == null ? null : P.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new ValidationException(field, "El periodo '" + (text == null ? "" : text)
                    + "' no es válido: use 2026, 2026-S1, 2026-Q2 o 2026-03.");
        }
        int y = Integer.parseInt(m.group(1));
        String s = m.group(2);
        if (s == null) {
            return new Period(m.group(1), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        int firstMonth;
        int months;
        if (s.startsWith("S")) {
            firstMonth = s.charAt(1) == '1' ? 1 : 7;
            months = 6;
        } else if (s.startsWith("Q")) {
            firstMonth = (s.charAt(1) - '1') * 3 + 1;
            months = 3;
        } else {
            firstMonth = Integer.parseInt(s);
            months = 1;
        }
        LocalDate start = LocalDate.of(y, firstMonth, 1);
        return new Period(y + "-" + s, start, start.plusMonths(months).minusDays(1));
    }

    /** The period of the given periodicity that contains {@code day}. */
    static Period containing(String periodicity, LocalDate day) {
        int y = day.getYear();
        int m = day.getMonthValue();
        switch (periodicity) {
            case "MENSUAL" :
                return parse("period", String.format("%d-%02d", y, m));
            case "TRIMESTRAL" :
                return parse("period", y + "-Q" + ((m - 1) / 3 + 1));
            case "SEMESTRAL" :
                return parse("period", y + "-S" + (m <= 6 ? 1 : 2));
            default :
                return parse("period", String.valueOf(y));
        }
    }

    /** The {@code count} periods ending with the one that contains {@code day}, oldest first. */
    static List<Period> lastPeriods(String periodicity, LocalDate day, int count) {
        List<Period> out = new ArrayList<>();
        Period p = containing(periodicity, day);
        for (int i = 0; i < count; i++) {
            out.add(0, p);
            p = containing(periodicity, p.start().minusDays(1));
        }
        return out;
    }

    static Period next(String periodicity, Period p) {
        return containing(periodicity, p.end().plusDays(1));
    }
}
