package org.minga.practice.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A practice laid out on its format version, for pages and the PDF: every section and item in order, which
 * apply to the practice's level, the answer text in paragraphs, the options marked, the table rows.
 */
record PracticeView(GoodPractice practice, PracticeFormat format, List<SectionView> sections) {

    static PracticeView of(GoodPractice p, PracticeFormat format) {
        List<SectionView> sections = new ArrayList<>();
        for (FormatDefinition.Section s : format.definition().sections()) {
            List<ItemView> items = new ArrayList<>();
            for (FormatDefinition.Item i : s.items()) {
                Object v = i.isQuestion() ? p.answers().get(i.key()) : null;
                items.add(ItemView.of(i, v, i.appliesTo(p.level())));
            }
            sections.add(new SectionView(s, items));
        }
        return new PracticeView(p, format, sections);
    }

    record SectionView(FormatDefinition.Section section, List<ItemView> items) {
    }

    record ItemView(FormatDefinition.Item item, boolean applies, String text, List<String> paragraphs,
            Set<String> chosen, List<Map<String, Object>> rows) {

        @SuppressWarnings("unchecked")
        static ItemView of(FormatDefinition.Item i, Object v, boolean applies) {
            String text = i.isQuestion() ? Answers.asText(i, v) : "";
            Set<String> chosen = Set.of();
            if (v instanceof String s) {
                chosen = Set.of(s);
            } else if (v instanceof List<?> l && !"table".equals(i.type())) {
                chosen = l.stream().map(String::valueOf).collect(Collectors.toSet());
            }
            List<Map<String, Object>> rows = List.of();
            if ("table".equals(i.type()) && v instanceof List<?> l) {
                rows = l.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
            }
            List<String> paragraphs = text.isBlank() ? List.of()
                    : Arrays.stream(text.split("\\n+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            return new ItemView(i, applies, text, paragraphs, chosen, rows);
        }

        public boolean isChosen(String value) {
            return chosen.contains(value);
        }

        public boolean answered() {
            return !text.isBlank();
        }

        public String raw() {
            return text;
        }
    }
}
