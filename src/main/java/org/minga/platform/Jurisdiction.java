package org.minga.platform;

import java.time.ZoneId;

/** The municipality or district that owns data: Bogotá D.C. (11001), Cúcuta (54001), San Antonio (05601). */
public record Jurisdiction(long id, String code, String name, String country, String timeZone) {

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }
}
