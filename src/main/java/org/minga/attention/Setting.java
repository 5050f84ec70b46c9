package org.minga.attention;

/** The life setting (entorno de vida cotidiana) where an attention happens. */
public enum Setting {
    HOGAR("Hogar"),
    EDUCATIVO("Educativo"),
    LABORAL("Laboral"),
    INSTITUCIONAL("Institucional"),
    COMUNITARIO("Comunitario");

    private final String label;

    Setting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Setting parse(String text) {
        if (text == null) {
            return null;
        }
        String t = org.minga.platform.TextKeys.key(text).toUpperCase();
        for (Setting s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        return null;
    }
}
