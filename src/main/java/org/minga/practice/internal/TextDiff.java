package org.minga.practice.internal;

import java.util.ArrayList;
import java.util.List;

/** A word-level difference between two texts, readable as deleted / inserted / unchanged runs. */
final class TextDiff {

    private static final int MAX_CELLS = 4_000_000;

    private TextDiff() {
    }

    record Segment(String kind, String text) {
        public boolean deleted() {
            return "del".equals(kind);
        }

        public boolean inserted() {
            return "ins".equals(kind);
        }
    }

    static List<Segment> diff(String before, String after) {
        String[] a = tokens(before);
        String[] b = tokens(after);
        List<Segment> out = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            add(out, "del", String.join("", a));
            add(out, "ins", String.join("", b));
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                add(out, "same", a[i]);
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, "del", a[i++]);
            } else {
                add(out, "ins", b[j++]);
            }
        }
        while (i < a.length) {
            add(out, "del", a[i++]);
        }
        while (j < b.length) {
            add(out, "ins", b[j++]);
        }
        return out;
    }

    private static void add(List<Segment> out, String kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind().equals(kind)) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    /** Words with their following spaces, so joining the tokens gives the text back. */
    private static String[] tokens(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.split("(?<=\\s)(?=\\S)");
    }
}
