package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The one formatter of instants: the jurisdiction's clock, the zone named, civil times never shifted. */
class TimesTests {

    final Times times = new Times(null, "America/Bogota");
    final ZoneId santiago = ZoneId.of("America/Santiago");

    @Test
    void anInstantReadsOnTheJurisdictionsClockWithTheZoneNamed() {
        Instant evening = Instant.parse("2026-03-22T02:30:00Z");
        assertThat(times.at(evening, "America/Bogota")).isEqualTo("21/03/2026 21:30");
        assertThat(times.date(OffsetDateTime.parse("2026-03-22T02:30:00Z"), "America/Bogota")).isEqualTo("21/03/2026");
        assertThat(times.legal(evening, "America/Bogota")).isEqualTo("21/03/2026 21:30 (hora de Bogotá, UTC-05:00)");
        assertThat(times.iso(evening, "America/Bogota")).isEqualTo("2026-03-21T21:30:00-05:00");
        assertThat(times.at(null, "America/Bogota")).isEmpty();
    }

    @Test
    void santiagoChangesItsOffsetWithDaylightSavingTime() {
        assertThat(times.legal(Instant.parse("2026-01-16T00:30:00Z"), santiago))
                .isEqualTo("15/01/2026 21:30 (hora de Santiago de Chile, UTC-03:00)");
        assertThat(times.legal(Instant.parse("2026-07-16T01:30:00Z"), santiago))
                .isEqualTo("15/07/2026 21:30 (hora de Santiago de Chile, UTC-04:00)");
    }

    @Test
    void aCivilTimeIsShownAsItIsNeverShifted() {
        // a session agreed for 14:00 is at 14:00 whatever the server's zone
        assertThat(times.at(LocalDateTime.of(2026, 3, 21, 14, 0), "America/Bogota")).isEqualTo("21/03/2026 14:00");
        assertThat(times.at(LocalDateTime.of(2026, 3, 21, 14, 0), santiago)).isEqualTo("21/03/2026 14:00");
        assertThat(times.date(LocalDate.of(2026, 3, 21), santiago)).isEqualTo("21/03/2026");
        assertThat(times.legal(LocalDateTime.of(2026, 3, 21, 14, 0), "America/Bogota"))
                .isEqualTo("21/03/2026 14:00 (hora de Bogotá, UTC-05:00)");
    }

    @Test
    void withoutARequestOrAUserTheConfiguredZoneIsUsed() {
        assertThat(times.zone()).isEqualTo(ZoneId.of("America/Bogota"));
        assertThat(times.at(Instant.parse("2026-03-22T02:30:00Z"))).isEqualTo("21/03/2026 21:30");
    }
}
