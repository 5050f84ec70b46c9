package org.minga.household.internal.alert;

/** Where an alert is: open, being handled, or closed (with a note saying how). Stored and sent by name. */
public enum AlertStatus {
    ABIERTA, EN_GESTION, CERRADA;

    /** The status a form or request names; null when it names none. */
    public static AlertStatus parse(String text) {
        for (AlertStatus s : values()) {
            if (s.name().equals(text)) {
                return s;
            }
        }
        return null;
    }
}
