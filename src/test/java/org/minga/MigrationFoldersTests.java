package org.minga;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Migrations live in a folder per module ({@code db/migration/<module>/V…__….sql}; Flyway reads the subfolders), and a
 * module's migration creates, alters, indexes, triggers on and writes only the tables its module owns
 * ({@code guardrails/table-owners.txt}). The migrations written before the folders that touch another module's table
 * are listed in {@code guardrails/migration-exceptions.txt} ("file table"); the list may only shrink.
 */
class MigrationFoldersTests {

    private static final String NAME = "\"?([a-z_][a-z0-9_]*)\"?";
    private static final List<Pattern> TOUCHES = Stream.of(
            "create\\s+(?:unlogged\\s+)?table(?:\\s+if\\s+not\\s+exists)?\\s+" + NAME,
            "alter\\s+table(?:\\s+if\\s+exists)?(?:\\s+only)?\\s+" + NAME,
            "create\\s+(?:unique\\s+)?index(?:\\s+concurrently)?(?:\\s+if\\s+not\\s+exists)?(?:\\s+[a-z0-9_]+)?\\s+on\\s+(?:only\\s+)?"
                    + NAME,
            "create\\s+(?:or\\s+replace\\s+)?(?:constraint\\s+)?trigger\\s+[a-z0-9_]+\\s+(?:before|after|instead\\s+of)[^;]*?\\son\\s+"
                    + NAME,
            "insert\\s+into\\s+" + NAME, "\\bupdate\\s+" + NAME + "\\s+set\\b", "delete\\s+from\\s+" + NAME,
            "comment\\s+on\\s+(?:table|column)\\s+" + NAME)
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)).toList();

    @Test
    void everyMigrationIsInItsModulesFolderAndTouchesOnlyItsModulesTables() throws IOException {
        Map<String, String> owners = TableOwnershipTests.owners();
        Set<String> modules = TableOwnershipTests.modules();
        Set<String> excepted = new TreeSet<>(lines());
        Set<String> crossing = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Path file : migrations()) {
            Path relative = TableOwnershipTests.MIGRATIONS.relativize(file);
            String module = relative.getNameCount() == 2 ? relative.getName(0).toString() : null;
            if (module == null || !modules.contains(module)) {
                problems.add(relative + ": not in the folder of a module (db/migration/<module>/)");
                continue;
            }
            for (String table : touched(Files.readString(file, UTF_8))) {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(module)) {
                    String key = file.getFileName() + " " + table;
                    crossing.add(key);
                    if (!excepted.contains(key)) {
                        problems.add(relative + " touches " + table + ", a table of " + owner
                                + ": change it in a migration of " + owner);
                    }
                }
            }
        }
        excepted.stream().filter(e -> !crossing.contains(e)).forEach(e -> problems
                .add("no longer happens, remove it from src/test/resources/guardrails/migration-exceptions.txt: " + e));
        assertThat(problems).as("migrations outside their module's folder or tables").isEmpty();
    }

    @Test
    void theScanSeesEveryWayAMigrationChangesATable() {
        assertThat(touched("""
                create table fair_stand (id bigint);
                alter table only household add column x int; -- alter table person
                create unique index if not exists a_idx on referral (id);
                create trigger t after insert or update on alert for each row execute function f();
                insert into minga_rollup values (1); update gov_commitment set x = 1;
                delete from person_rollup; comment on table actor is 'x';
                """)).containsExactly("actor", "alert", "fair_stand", "gov_commitment", "household", "minga_rollup",
                "person_rollup", "referral");
    }

    static Set<String> touched(String sql) {
        String code = sql.replaceAll("--[^\n]*", "").toLowerCase(Locale.ROOT);
        Set<String> tables = new TreeSet<>();
        for (Pattern p : TOUCHES) {
            for (Matcher m = p.matcher(code); m.find();) {
                tables.add(m.group(1));
            }
        }
        return tables;
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> walk = Files.walk(TableOwnershipTests.MIGRATIONS)) {
            return walk.filter(p -> p.toString().endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(TableOwnershipTests.version(a), TableOwnershipTests.version(b)))
                    .collect(Collectors.toList());
        }
    }

    private static List<String> lines() throws IOException {
        Path file = Path.of("src/test/resources/guardrails/migration-exceptions.txt");
        return Files.readAllLines(file, UTF_8).stream().map(l -> l.replaceFirst("#.*", "").strip())
                .filter(l -> !l.isEmpty()).map(l -> l.replaceAll("\\s+", " ")).toList();
    }
}
