package org.minga.attention;

import org.minga.platform.Labelled;

/**
 * The life setting (entorno de vida cotidiana) where an attention happens. Its words: {@code enum.Setting.*} in the
 * attention bundles.
 */
public enum Setting implements Labelled {
    HOGAR,
    EDUCATIVO,
    LABORAL,
    INSTITUCIONAL,
    COMUNITARIO;

    /** By code, ignoring case and accents; null when the text is no setting. */
    public static Setting parse(String text) {
        if (text == null) {
            return null;
        }
        String t = org.minga.platform.TextKeys.key(text).toUpperCase(java.util.Locale.ROOT);
        for (Setting s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        return null;
    }
}
