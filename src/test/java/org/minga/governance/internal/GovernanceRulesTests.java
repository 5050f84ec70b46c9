package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ColombianHolidays;

/** Business-day rules of commitments and the iCalendar format, as plain unit tests. */
class GovernanceRulesTests {

    static final Jurisdiction BOGOTA = new Jurisdiction(1, "11001", "Bogotá D.C.", "CO", "America/Bogota");

    @Test
    void aCommitmentDueOnTheFridayBeforeAMondayHolidayIsNotOverdueUntilTuesday() {
        // San José 2025 (Wednesday 19 March) moves to Monday 24 March
        assertThat(ColombianHolidays.INSTANCE.isHoliday(LocalDate.of(2025, 3, 24))).isTrue();
        LocalDate due = LocalDate.of(2025, 3, 21); // Friday
        for (LocalDate notYet : List.of(LocalDate.of(2025, 3, 21), LocalDate.of(2025, 3, 22), LocalDate.of(2025, 3, 23),
                LocalDate.of(2025, 3, 24))) {
            assertThat(due.isBefore(CommitmentCalendar.overdueCutoff(BOGOTA, notYet))).as("overdue on %s", notYet)
                    .isFalse();
        }
        assertThat(due.isBefore(CommitmentCalendar.overdueCutoff(BOGOTA, LocalDate.of(2025, 3, 25)))).isTrue();
    }

    @Test
    void aPlazoInBusinessDaysSkipsTheWeekendAndTheMondayHoliday() {
        // Thursday 20 March + 2 business days: Friday 21 (1), Monday 24 is a holiday, Tuesday 25 (2)
        assertThat(CommitmentCalendar.businessDays(BOGOTA).add(LocalDate.of(2025, 3, 20), 2))
                .isEqualTo(LocalDate.of(2025, 3, 25));
    }

    @Test
    void theCalendarIsValidICalendarWithFoldedEscapedLines() {
        BodyReadModel.BodyView body = new BodyReadModel.BodyView(1, 1, "MLAPS-11",
                "Mesa Local de Atención Primaria Social de Suba; sesiones, acuerdos y compromisos",
                "LOCAL_APS_TABLE", "Mesa Local de Atención Primaria Social", Gov.ManagementLevel.MICRO, 1, "11", "Suba",
                "/1/", null, null, null, Gov.SessionPeriodicity.MONTHLY, 51, null, true, 0, null, null, null);
        SessionReadModel.SessionView s = new SessionReadModel.SessionView(7, 1, 1, body.name(), "/1/", 3,
                ZonedDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZoneId.of("America/Bogota")), 120, "Alcaldía Local, salón 2",
                null,
                "1. Seguimiento a los compromisos abiertos de la instancia.\n2. Lectura territorial, con énfasis en niñez",
                null, null,
                Gov.SessionStatus.SCHEDULED, null, null, 0);
        String ics = Ics.calendar(body, "America/Bogota", List.of(s), "minga", Instant.parse("2026-01-01T12:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("UID:gov-session-7@minga\r\n", "DTSTAMP:20260101T120000Z\r\n",
                "DTSTART;TZID=America/Bogota:20260305T090000\r\n", "DTEND;TZID=America/Bogota:20260305T110000\r\n",
                "LOCATION:Alcaldía Local\\, salón 2\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        // unfolding gives back the escaped text: the newline of the agenda is \n, the semicolon \;
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains(
                "SUMMARY:Mesa Local de Atención Primaria Social de Suba\\; sesiones\\, acuerdos y compromisos · sesión 3");
        assertThat(unfolded).contains("instancia.\\n2. Lectura territorial\\, con énfasis en niñez");
    }
}
