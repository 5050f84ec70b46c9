package org.minga;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minga.JavaSources.StringLiteral;

/**
 * Tables have owners: each table of the migrations belongs to one module ({@code guardrails/table-owners.txt}); only
 * the owner writes it (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY ... FROM), and another module reads it only
 * through the owner's API, except the documented exceptions ({@link #READ_BY_ANY}).
 *
 * <p>How: every string literal of a module's Java sources (text blocks and {@code "a" + "b"} included, as javac folds
 * them) is scanned for the table after {@code insert into}, {@code update}, {@code delete from}... (writes) and after
 * {@code from}, {@code join}, {@code using} (reads); only names of known tables count, so aliases, CTEs and columns do
 * not. Not seen: a table name held in a variable ({@code "update " + table}).
 *
 * <p>A ratchet: {@code guardrails/cross-module-sql.txt} lists what modules do across today as "module reads|writes
 * table". A new one fails; so does a listed one no longer found, so the list only shrinks.
 */
class TableOwnershipTests {

    /**
     * Any module may read these, the shared kernel's documented exceptions: a territory's path, name and level are how
     * every record is scoped and labelled; a jurisdiction's time zone and country (platform's reference data, written
     * only by platform) give each record its local day and calendar inside set-based SQL, row by row, which a Java
     * call cannot do.
     */
    static final Set<String> READ_BY_ANY = Set.of("territory", "jurisdiction");

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    record Access(String module, String verb, String table) implements Comparable<Access> {
        @Override
        public String toString() {
            return module + " " + verb + " " + table;
        }

        @Override
        public int compareTo(Access o) {
            return toString().compareTo(o.toString());
        }
    }

    private static final String NAME = "\"?([a-z_][a-z0-9_]*)\"?";
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:insert\\s+into|update(?:\\s+only)?|delete\\s+from(?:\\s+only)?"
                    + "|merge\\s+into|truncate(?:\\s+table)?(?:\\s+only)?|copy)\\s+(?:public\\.)?" + NAME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ = Pattern.compile("\\b(?:from|join|using)(?:\\s+only)?\\s+(?:public\\.)?" + NAME,
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableOfTheMigrationsHasOneOwnerModule() throws IOException {
        Map<String, String> owners = owners();
        Set<String> modules = modules();
        Set<String> migrated = migratedTables();
        assertThat(migrated.stream().filter(t -> !owners.containsKey(t)))
                .as("tables of the migrations without an owner: add them to src/test/resources/guardrails/table-owners.txt")
                .isEmpty();
        assertThat(owners.keySet().stream().filter(t -> !migrated.contains(t)))
                .as("tables in guardrails/table-owners.txt that no migration creates (any more)").isEmpty();
        assertThat(owners)
                .allSatisfy((table, owner) -> assertThat(modules).as("owner module of " + table).contains(owner));
    }

    @Test
    void modulesWriteOnlyTheirOwnTablesAndReadOthersOnlyWhereListed() throws IOException {
        Map<String, String> owners = owners();
        Map<Access, List<String>> across = new TreeMap<>();
        int excepted = 0;
        for (StringLiteral literal : JavaSources.main().literals) {
            for (Access a : accesses(literal.module(), literal.value(), owners.keySet())) {
                if (crosses(a, owners)) {
                    across.computeIfAbsent(a, k -> new ArrayList<>()).add(literal.file() + ":" + literal.line());
                } else if (!a.module().equals(owners.get(a.table()))) {
                    excepted++;
                }
            }
        }
        Set<Access> listed = listed();
        List<String> problems = new ArrayList<>();
        across.forEach((a, places) -> {
            if (!listed.contains(a)) {
                problems.add("new: " + a + " (a table of " + owners.get(a.table()) + ") at " + places
                        + (a.verb().equals("writes") ? ": write through the owner module's API"
                                : ": read through the owner module's API"));
            }
        });
        listed.stream().filter(a -> !across.containsKey(a)).forEach(a -> problems
                .add("no longer happens, remove it from src/test/resources/guardrails/cross-module-sql.txt: " + a));
        long writes = across.keySet().stream().filter(a -> a.verb().equals("writes")).count();
        System.out.printf(Locale.ROOT,
                "table ownership: %d writes across (%d statements), %d reads across (%d statements), %d statements read %s%n",
                writes,
                across.entrySet().stream().filter(e -> e.getKey().verb().equals("writes"))
                        .mapToInt(e -> e.getValue().size()).sum(),
                across.size() - writes,
                across.entrySet().stream().filter(e -> e.getKey().verb().equals("reads"))
                        .mapToInt(e -> e.getValue().size()).sum(),
                excepted, READ_BY_ANY);
        assertThat(problems).as("SQL of a module on another module's tables").isEmpty();
    }

    @Test
    void theScanFindsTheTablesAStatementTouches() {
        Map<String, String> owners = Map.of("household", "household", "person", "household", "territory", "territory");
        Set<Access> found = new TreeSet<>();
        for (StringLiteral literal : JavaSources.of(Path.of("src/test/resources/guardrails/sample")).literals) {
            found.addAll(accesses("fair", literal.value(), owners.keySet()));
        }
        assertThat(found).containsExactly(new Access("fair", "reads", "person"),
                new Access("fair", "reads", "territory"),
                new Access("fair", "writes", "household"));
        assertThat(found.stream().filter(a -> crosses(a, owners)).map(Access::toString))
                .containsExactly("fair reads person", "fair writes household");
        assertThat(accesses("fair",
                "update fair set n = 1 where id in (select fair_id from fair_task) on conflict do update set n = 2",
                Set.of("fair", "fair_task"))).containsExactly(new Access("fair", "writes", "fair"),
                        new Access("fair", "reads", "fair_task"));
        assertThat(accesses("fair", "select extract(year from created_at) from household h", Set.of("household")))
                .containsExactly(new Access("fair", "reads", "household"));
    }

    /** The tables a SQL text writes and reads; a write target is not also counted as read. */
    static Set<Access> accesses(String module, String sql, Set<String> tables) {
        Set<Access> found = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder(sql);
        Matcher w = WRITE.matcher(sql);
        while (w.find()) {
            String table = w.group(1).toLowerCase(Locale.ROOT);
            if (tables.contains(table)) {
                found.add(new Access(module, "writes", table));
                for (int i = w.start(); i < w.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        Matcher r = READ.matcher(rest);
        while (r.find()) {
            String table = r.group(1).toLowerCase(Locale.ROOT);
            if (tables.contains(table)) {
                found.add(new Access(module, "reads", table));
            }
        }
        return found;
    }

    static boolean crosses(Access a, Map<String, String> owners) {
        String owner = owners.get(a.table());
        return !a.module().equals(owner) && !(a.verb().equals("reads") && READ_BY_ANY.contains(a.table()));
    }

    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        for (String line : lines("guardrails/table-owners.txt")) {
            String[] parts = line.split("\\s+");
            assertThat(owners.put(parts[0], parts[1])).as("table listed twice in table-owners.txt: " + parts[0])
                    .isNull();
        }
        return owners;
    }

    static Set<Access> listed() throws IOException {
        Set<Access> listed = new TreeSet<>();
        for (String line : lines("guardrails/cross-module-sql.txt")) {
            String[] parts = line.split("\\s+");
            listed.add(new Access(parts[0], parts[1], parts[2]));
        }
        return listed;
    }

    private static List<String> lines(String resource) throws IOException {
        try (var in = TableOwnershipTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), UTF_8).lines().map(l -> l.replaceFirst("#.*", "").strip())
                    .filter(l -> !l.isEmpty()).toList();
        }
    }

    /** Tables (and views) the migrations create and do not drop again. */
    static Set<String> migratedTables() throws IOException {
        Pattern create = Pattern.compile(
                "create\\s+(?:unlogged\\s+)?(?:table|(?:materialized\\s+)?view)(?:\\s+if\\s+not\\s+exists)?\\s+" + NAME,
                Pattern.CASE_INSENSITIVE);
        Pattern drop = Pattern.compile("drop\\s+(?:table|(?:materialized\\s+)?view)(?:\\s+if\\s+exists)?\\s+" + NAME,
                Pattern.CASE_INSENSITIVE);
        Set<String> tables = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.walk(MIGRATIONS)) {
            files = list.filter(p -> p.toString().endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).collect(Collectors.toList());
        }
        for (Path file : files) {
            String sql = Files.readString(file, UTF_8).replaceAll("--[^\n]*", "");
            for (Matcher m = create.matcher(sql); m.find();) {
                tables.add(m.group(1).toLowerCase(Locale.ROOT));
            }
            for (Matcher m = drop.matcher(sql); m.find();) {
                tables.remove(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    static int version(Path migration) {
        Matcher m = Pattern.compile("V(\\d+)__").matcher(migration.getFileName().toString());
        assertThat(m.lookingAt()).as(migration.toString()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The modules: the packages directly under {@code org.minga}. */
    static Set<String> modules() {
        try (Stream<Path> list = Files.list(JavaSources.MAIN.resolve("org/minga"))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
