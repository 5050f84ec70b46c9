package org.minga;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every noun of the glossary ({@code docs/GLOSSARY.md}: the users' word and the code's name) that Minga handles has a
 * type of that name in {@code src/main/java}, so a reader goes from a screen to a class without guessing (issue 25).
 * The nouns not handled yet (capabilities still to be built) are listed in {@code guardrails/glossary-pending.txt};
 * the list may only shrink: a listed noun that gets its type must leave the list.
 */
class GlossaryTypesTests {

    static final Path GLOSSARY = Path.of("docs/GLOSSARY.md");
    static final Pattern CODE_NAME = Pattern.compile("`([A-Z][A-Za-z]+)`");

    @Test
    void everyGlossaryNounTheProductHandlesHasATypeOfThatName() throws IOException {
        Set<String> types = typeNames();
        Set<String> pending = new TreeSet<>(Files.readAllLines(Path.of(
                "src/test/resources/guardrails/glossary-pending.txt"), UTF_8).stream()
                .map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList());
        List<String> problems = new ArrayList<>();
        for (String noun : nouns()) {
            boolean typed = types.contains(noun);
            if (!typed && !pending.contains(noun)) {
                problems.add(noun + ": no type of this name in src/main/java");
            } else if (typed && pending.contains(noun)) {
                problems.add(noun + ": has its type now, remove it from guardrails/glossary-pending.txt");
            }
        }
        assertThat(problems).as("glossary nouns and the code's types").isEmpty();
    }

    /** The code names of the glossary's table (second column), roles and states excluded. */
    static Set<String> nouns() throws IOException {
        Set<String> nouns = new TreeSet<>();
        for (String line : Files.readAllLines(GLOSSARY, UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length < 4 || !line.startsWith("|")) {
                continue;
            }
            String code = cells[2];
            if (code.contains("(role)")) {
                continue;
            }
            for (Matcher m = CODE_NAME.matcher(code); m.find();) {
                nouns.add(m.group(1));
            }
        }
        return nouns;
    }

    static Set<String> typeNames() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    Matcher m = Pattern.compile(
                            "\\b(?:class|record|enum|interface)\\s+([A-Z][A-Za-z0-9]*)").matcher(Files.readString(p));
                    List<String> names = new ArrayList<>();
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                    return names.stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
