package org.minga;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.minga.JavaSources.Member;

/**
 * No class in {@code src/main} over 400 lines, no method over 60: the sizes a newcomer can read in one sitting.
 *
 * <p>Counted on javac's syntax tree ({@link JavaSources}): a class or method spans from the first line of its
 * declaration (its Javadoc and annotations excluded) to the line of its closing brace, blank and comment lines inside
 * included, as a reader scrolls it. A nested class counts in its outer class and is also a class of its own; a lambda
 * counts in its method; interfaces, enums and records are classes.
 *
 * <p>A ratchet: {@code guardrails/oversized.txt} lists today's offenders with their size. The test fails when a new
 * offender appears, when a listed one grows past its size, and when a listed one is back under the limit (or gone)
 * but still listed, so the list only shrinks. Every run writes the current list to
 * {@code target/guardrails/oversized.txt}.
 */
class CodeSizeTests {

    static final int MAX_CLASS_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    @Test
    void classesAndMethodsStayReadableAndTheListOfOffendersOnlyShrinks() throws IOException {
        Map<String, Member> offenders = new TreeMap<>();
        for (Member m : JavaSources.main().members) {
            if (m.lines() > ("class".equals(m.kind()) ? MAX_CLASS_LINES : MAX_METHOD_LINES)) {
                offenders.put(m.kind() + " " + m.name(), m);
            }
        }
        writeCurrentList(offenders);
        Map<String, Integer> listed = readList("/guardrails/oversized.txt");

        List<String> problems = new ArrayList<>();
        offenders.forEach((key, m) -> {
            Integer ceiling = listed.get(key);
            if (ceiling == null) {
                problems.add("new: " + describe(m) + " (limit " + limit(m) + "): split it");
            } else if (m.lines() > ceiling) {
                problems.add("grew: " + describe(m) + ", the list allows " + ceiling + ": do not make it longer");
            }
        });
        listed.keySet().stream().filter(key -> !offenders.containsKey(key)).forEach(key -> problems.add(
                "now within the limit or gone, remove it from src/test/resources/guardrails/oversized.txt: " + key));
        assertThat(problems).as("classes over %d lines, methods over %d lines; today's list is in %s",
                MAX_CLASS_LINES, MAX_METHOD_LINES, CURRENT).isEmpty();
    }

    @Test
    void theCountIsWhatAReaderSees() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        JavaSources.of(Path.of("src/test/resources/guardrails/sample")).members
                .forEach(m -> sizes.put(m.kind() + " " + m.name(), m.lines()));
        assertThat(sizes).isEqualTo(Map.of(
                "class org.minga.sample.Sample", 34,
                "method org.minga.sample.Sample.toString()", 5,
                "class org.minga.sample.Sample$Inner", 7,
                "method org.minga.sample.Sample$Inner.Inner(int)", 5,
                "method org.minga.sample.Sample.names()", 8,
                "method org.minga.sample.Sample$1.toString()", 3));
    }

    static final Path CURRENT = Path.of("target/guardrails/oversized.txt");

    private static void writeCurrentList(Map<String, Member> offenders) throws IOException {
        StringBuilder out = new StringBuilder(HEADER);
        offenders.values().stream().sorted(Comparator.comparing(Member::kind).thenComparing(Member::name))
                .forEach(m -> out.append(m.kind()).append(' ').append(m.name()).append(' ').append(m.lines())
                        .append('\n'));
        Files.createDirectories(CURRENT.getParent());
        Files.writeString(CURRENT, out, UTF_8);
    }

    static final String HEADER = """
            # Classes over 400 lines and methods over 60 lines in src/main/java, as of the commit that lists them
            # (CodeSizeTests). One per line: kind, name, lines today. Remove a line when you fix it; never add one.
            """;

    private static Map<String, Integer> readList(String resource) throws IOException {
        Map<String, Integer> listed = new TreeMap<>();
        try (InputStream in = CodeSizeTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.lastIndexOf(' ');
                listed.put(line.substring(0, space), Integer.valueOf(line.substring(space + 1)));
            }
        }
        return listed;
    }

    private static String describe(Member m) {
        return m.kind() + " " + m.name() + " (" + m.file() + ":" + m.firstLine() + ") has " + m.lines() + " lines";
    }

    private static int limit(Member m) {
        return "class".equals(m.kind()) ? MAX_CLASS_LINES : MAX_METHOD_LINES;
    }
}
