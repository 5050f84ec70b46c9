package org.minga.household.internal.shared;

/** Small text helpers the household forms and imports share. */
public final class Texts {

    private Texts() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The text without surrounding spaces, or null when blank. */
    public static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    /** The text stripped and in upper case, or null when blank (codes chosen from a list). */
    public static String code(String s) {
        return blank(s) ? null : s.strip().toUpperCase();
    }

    public static String nz(String s) {
        return s == null ? "" : s;
    }
}
