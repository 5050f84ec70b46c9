package org.minga.privacy.internal.domain;

import java.util.Locale;
import java.util.Optional;

import org.minga.platform.Labelled;

/**
 * What the data subject asks (Ley 1581 de 2012, arts. 14 and 15): a consulta is answered in 10 business days, a
 * reclamo (correction or deletion) in 15.
 */
public enum DataRequestKind implements Labelled {
    CONSULTA(10), CORRECCION(15), SUPRESION(15);

    private final int legalDays;

    DataRequestKind(int legalDays) {
        this.legalDays = legalDays;
    }

    /** The business days the law gives to answer. */
    public int legalDays() {
        return legalDays;
    }

    /** The kind a code names (ignoring case and surrounding blanks), if any. */
    public static Optional<DataRequestKind> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        for (DataRequestKind k : values()) {
            if (k.name().equals(c)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
