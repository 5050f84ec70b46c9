package org.minga.practice.internal;

import java.time.OffsetDateTime;

/** One version of a format. */
record PracticeFormat(long id, String code, int version, String name, String issuer, FormatDefinition definition,
        OffsetDateTime createdAt) {

    public String label() {
        return name + " · v" + version;
    }
}
