package org.minga.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Matching keys for names typed by people: "Ciudad  Bolívar" and "CIUDAD BOLIVAR" have the same key. */
public final class TextKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextKeys() {
    }

    /** Lower case, without accents or diacritics, trimmed, with single spaces. Null stays null. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }
}
