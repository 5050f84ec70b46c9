package org.minga.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Matching keys for names typed by people: "Ciudad  Bolívar" and "CIUDAD BOLIVAR" have the same key. */
public final class TextKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Each Latin-1 character decomposed without its marks, as the general path below would give it. */
    private static final String[] LATIN1 = new String[256];

    static {
        for (char c = 0; c < 256; c++) {
            LATIN1[c] = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
        }
    }

    private TextKeys() {
    }

    /**
     * True when every one of {@code words} (keys, as {@link #key} gives them) starts a word of {@code text}: how the
     * pickers of short lists (bodies, service points) match what was typed, accents and case aside.
     */
    public static boolean wordsStartIn(java.util.List<String> words, String text) {
        java.util.List<String> have = java.util.List.of(key(text).split("[^a-z0-9]+"));
        return words.stream().filter(w -> !w.isEmpty()).allMatch(w -> have.stream().anyMatch(h -> h.startsWith(w)));
    }

    /**
     * The words of the key of {@code text} (as {@link #key} gives it), at most {@code max}: what a search matches
     * word by word against a stored search key. None for no text.
     */
    public static List<String> words(String text, int max) {
        String k = key(text);
        if (k == null || k.isBlank()) {
            return List.of();
        }
        return Arrays.stream(k.split(" ")).filter(w -> !w.isBlank()).limit(max).toList();
    }

    /** Lower case, without accents or diacritics, trimmed, with single spaces. Null stays null. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String plain = latin1(text);
        if (plain == null) {
            plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        }
        String lower = plain.toLowerCase(Locale.ROOT).trim();
        return singleSpaced(lower) ? lower : SPACES.matcher(lower).replaceAll(" ");
    }

    /**
     * The text without marks when every character is Latin-1 (Spanish names are), by table instead of a
     * Unicode normalisation per call: Latin-1 has no combining marks, so decomposing character by character
     * gives the same as decomposing the whole. Null for any other text.
     */
    private static String latin1(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 256) {
                return null;
            }
            String m = LATIN1[c];
            if (sb == null && (m.length() != 1 || m.charAt(0) != c)) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(m);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** True when no run of whitespace (as {@code \\s} matches it) needs collapsing into one space. */
    private static boolean singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && (c != ' ' || (i + 1 < s.length() && s.charAt(i + 1) == ' '))) {
                return false;
            }
        }
        return true;
    }
}
