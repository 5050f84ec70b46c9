package org.minga.practice.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A format as data: its sections and items (questions and notes) in the order and words of the document,
 * which questions apply to which level, the evaluation criteria per level and the rubric scale.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record FormatDefinition(String title, String intro, String notice, String source, List<List<String>> header,
        List<String> footnotes, String levelQuestion, String authorizationQuestion,
        String titleQuestion, List<Section> sections, List<Criterion> criteria,
        List<RubricLevel> rubric) {

    static final Set<String> TYPES = Set.of("text", "longtext", "date", "email", "phone", "number", "choice",
            "multichoice", "yesno", "acceptance", "table", "attachments", "note");

    FormatDefinition {
        header = header == null ? List.of() : header;
        footnotes = footnotes == null ? List.of() : footnotes;
        sections = sections == null ? List.of() : sections;
        criteria = criteria == null ? List.of() : criteria;
        rubric = rubric == null ? List.of() : rubric;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Section(String key, String title, String intro, List<Item> items) {
        Section {
            items = items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String key, String type, String label, Boolean required, List<Integer> levels, String help,
            Integer maxWords, List<Option> options, List<Column> columns, String style) {

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isQuestion() {
            return !"note".equals(type);
        }

        public boolean appliesTo(int level) {
            return levels == null || levels.isEmpty() || levels.contains(level);
        }

        public boolean mandatory() {
            return Boolean.TRUE.equals(required);
        }

        public List<Option> choices() {
            if ("yesno".equals(type)) {
                return List.of(new Option("si", "Sí"), new Option("no", "No"));
            }
            return options == null ? List.of() : options;
        }

        public List<Column> tableColumns() {
            return columns == null ? List.of() : columns;
        }

        /** "Solo segundo nivel" when the question applies to one level only. */
        public String levelNote() {
            if (levels == null || levels.isEmpty() || levels.size() > 1) {
                return null;
            }
            return levels.get(0) == 2 ? "Solo para prácticas de segundo nivel" : "Solo para prácticas de primer nivel";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Option(String value, String label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Column(String key, String label, String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Criterion(String key, String label, List<Integer> levels) {
        public boolean appliesTo(int level) {
            return levels == null || levels.isEmpty() || levels.contains(level);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RubricLevel(int score, String label, String descriptor) {
    }

    /** Every question (not notes) in document order. */
    public List<Item> questions() {
        List<Item> all = new ArrayList<>();
        sections.forEach(s -> s.items().stream().filter(Item::isQuestion).forEach(all::add));
        return all;
    }

    public Item question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
    }

    public List<Criterion> criteriaFor(int level) {
        return criteria.stream().filter(c -> c.appliesTo(level)).toList();
    }

    public int minScore() {
        return rubric.stream().mapToInt(RubricLevel::score).min().orElse(1);
    }

    public int maxScore() {
        return rubric.stream().mapToInt(RubricLevel::score).max().orElse(5);
    }

    /** Problems that make a definition unusable, in Spanish; empty when it is sound. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("El formato no tiene título (title).");
        }
        if (sections.isEmpty()) {
            problems.add("El formato no tiene secciones (sections).");
        }
        Set<String> keys = new HashSet<>();
        for (Section s : sections) {
            for (Item i : s.items()) {
                if (i.type() == null || !TYPES.contains(i.type())) {
                    problems.add("Tipo de elemento desconocido «" + i.type() + "» en la sección «" + s.key()
                            + "»; use uno de " + String.join(", ", TYPES.stream().sorted().toList()) + ".");
                    continue;
                }
                if (i.label() == null || i.label().isBlank()) {
                    problems.add("Un elemento de la sección «" + s.key() + "» no tiene texto (label).");
                }
                if (i.isQuestion()) {
                    if (i.key() == null || !i.key().matches("[a-z0-9_]{1,60}")) {
                        problems.add(
                                "La pregunta «" + i.label() + "» necesita una clave (key) en minúsculas, números o _.");
                    } else if (!keys.add(i.key())) {
                        problems.add("La clave de pregunta «" + i.key() + "» está repetida.");
                    }
                    if (("choice".equals(i.type()) || "multichoice".equals(i.type())) && i.choices().isEmpty()) {
                        problems.add("La pregunta «" + i.key() + "» es de selección y no tiene opciones.");
                    }
                    if ("table".equals(i.type()) && i.tableColumns().isEmpty()) {
                        problems.add("La tabla «" + i.key() + "» no tiene columnas.");
                    }
                }
            }
        }
        for (String special : new String[]{levelQuestion, authorizationQuestion, titleQuestion}) {
            if (special != null && !keys.contains(special)) {
                problems.add("La pregunta «" + special + "» nombrada en el formato no existe.");
            }
        }
        if (criteria.isEmpty()) {
            problems.add("El formato no tiene criterios de evaluación (criteria).");
        }
        if (rubric.size() < 2) {
            problems.add("La rúbrica (rubric) necesita al menos dos niveles con descriptor.");
        }
        return problems;
    }
}
