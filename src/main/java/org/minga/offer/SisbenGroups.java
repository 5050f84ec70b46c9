package org.minga.offer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SISBEN IV groups: A1–A5 (pobreza extrema), B1–B7 (pobreza moderada), C1–C18 (vulnerable), D1–D21 (no
 * pobre, no vulnerable). Ordered A1 &lt; … &lt; D21.
 */
public final class SisbenGroups {

    private static final Pattern GROUP = Pattern.compile("([ABCD])\\s*0*(\\d{1,2})");
    private static final char[] LETTERS = {'A', 'B', 'C', 'D'};
    private static final int[] SIZES = {5, 7, 18, 21};

    private SisbenGroups() {
    }

    /** The canonical group ("A3") for text such as "a3" or "A 03", or empty when no such group exists. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = GROUP.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int letter = m.group(1).charAt(0) - 'A';
        int number = Integer.parseInt(m.group(2));
        if (number < 1 || number > SIZES[letter]) {
            return Optional.empty();
        }
        return Optional.of(LETTERS[letter] + Integer.toString(number));
    }

    /** Every group in order. */
    public static List<String> all() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < LETTERS.length; i++) {
            for (int n = 1; n <= SIZES[i]; n++) {
                all.add(LETTERS[i] + Integer.toString(n));
            }
        }
        return all;
    }

    /** Whole letters expand: "A" means A1–A5. Returns empty for text that names no group. */
    public static Optional<List<String>> expand(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.length() == 1 && t.charAt(0) >= 'A' && t.charAt(0) <= 'D') {
            return Optional.of(all().stream().filter(g -> g.charAt(0) == t.charAt(0)).toList());
        }
        Matcher range = Pattern.compile("(.+?)\\s*(?:-|–|a)\\s*(.+)").matcher(t.replace(" A ", "-"));
        if (range.matches() && parse(range.group(1)).isPresent() && parse(range.group(2)).isPresent()) {
            int from = all().indexOf(parse(range.group(1)).get());
            int to = all().indexOf(parse(range.group(2)).get());
            if (from <= to) {
                return Optional.of(all().subList(from, to + 1));
            }
            return Optional.empty();
        }
        return parse(t).map(List::of);
    }

    /** "A1 a A5, B1 a B3" for a set of groups: consecutive runs within a letter are shown as ranges. */
    public static String describe(Collection<String> groups) {
        List<String> order = all();
        List<String> sorted = groups.stream().sorted((x, y) -> order.indexOf(x) - order.indexOf(y)).toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).charAt(0) == sorted.get(i).charAt(0)
                    && order.indexOf(sorted.get(j + 1)) == order.indexOf(sorted.get(j)) + 1) {
                j++;
            }
            parts.add(i == j ? sorted.get(i) : sorted.get(i) + " a " + sorted.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
