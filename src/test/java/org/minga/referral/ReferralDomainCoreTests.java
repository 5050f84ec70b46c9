package org.minga.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape of the referral module's domain core (issue 25), the model the other modules copy: an aggregate free
 * of Spring beans and web types, SQL only in read models and repositories' custom queries, small classes and
 * methods.
 */
class ReferralDomainCoreTests {

    static final JavaClasses REFERRAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.minga.referral");

    static final Path SOURCES = Path.of("src/main/java/org/minga/referral");

    /** A method or constructor declaration opening its body on the same line. */
    static final Pattern METHOD = Pattern.compile(
            "^\\s++(?!(if|for|while|switch|catch|try|else|do|return|new)\\b)[\\w<>\\[\\],.? ]*\\b\\w+\\s*\\([^;]*\\)\\s*(throws [\\w., ]+)?\\{\\s*$");

    @Test
    void theAggregateKnowsNoSpringBeansNoSqlAndNoWeb() {
        classes().that().resideInAPackage("org.minga.referral.internal.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.minga.referral.internal.domain..",
                        "org.minga.offer", "org.minga.platform", "org.minga.privacy",
                        // mapping metadata only: the aggregate is mapped, not managed, by Spring Data JDBC
                        "org.springframework.data.annotation..", "org.springframework.data.relational.core.mapping..")
                .check(REFERRAL);
    }

    @Test
    void servicesAndControllersOfReferralsWriteNoSql() {
        noClasses().that().resideInAPackage("org.minga.referral..")
                .and().areAnnotatedWith(Service.class).or().areAnnotatedWith(Controller.class)
                .or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .check(REFERRAL);
    }

    @Test
    void noClassOver400LinesAndNoMethodOver60() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() > 400) {
                    tooLong.add(file.getFileName() + ": " + lines.size() + " lines");
                }
                for (int i = 0; i < lines.size(); i++) {
                    if (METHOD.matcher(lines.get(i)).matches()) {
                        int end = closingLine(lines, i);
                        if (end - i + 1 > 60) {
                            tooLong.add(file.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip() + " ("
                                    + (end - i + 1) + " lines)");
                        }
                    }
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void theMethodCounterSeesAMethodsEnd() {
        List<String> lines = List.of("    int f(int a) {", "        if (a > 0) {", "            return \"}\".length();",
                "        }", "        return 0;", "    }", "    void g() {", "    }");
        assertThat(METHOD.matcher(lines.get(0)).matches()).isTrue();
        assertThat(METHOD.matcher(lines.get(1)).matches()).isFalse();
        assertThat(closingLine(lines, 0)).isEqualTo(5);
    }

    /** The line of the brace closing the one opened on line {@code start} (braces in strings and chars skipped). */
    static int closingLine(List<String> lines, int start) {
        int depth = 0;
        boolean textBlock = false;
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i);
            for (int c = 0; c < l.length(); c++) {
                if (l.startsWith("\"\"\"", c)) {
                    textBlock = !textBlock;
                    c += 2;
                } else if (textBlock) {
                    continue;
                } else if (l.startsWith("//", c)) {
                    break;
                } else if (l.charAt(c) == '"' || l.charAt(c) == '\'') {
                    char q = l.charAt(c);
                    for (c++; c < l.length() && l.charAt(c) != q; c++) {
                        if (l.charAt(c) == '\\') {
                            c++;
                        }
                    }
                } else if (l.charAt(c) == '{') {
                    depth++;
                } else if (l.charAt(c) == '}' && --depth == 0) {
                    return i;
                }
            }
        }
        return lines.size() - 1;
    }
}
