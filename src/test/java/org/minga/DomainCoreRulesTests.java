package org.minga;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.minga.platform.DemoDataset;
import org.minga.platform.PersonalDataOwner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The rules of a module's domain core (issue 25), checked with ArchUnit on the compiled classes:
 * <ol>
 * <li>SQL through {@code JdbcClient}, {@code JdbcTemplate} or {@code NamedParameterJdbcTemplate} only in read models
 * and repositories' custom queries (a top-level class named {@code *ReadModel}, {@code *Queries}, {@code *Repository}
 * or {@code *RepositoryImpl}, or implementing a custom-query fragment of a Spring Data repository) and in platform
 * infrastructure ({@link #INFRASTRUCTURE}); a module's {@link PersonalDataOwner} (the SQL that finds, exports and
 * erases a data subject's rows in its own tables) and its {@link DemoDataset} (bulk demo rows) count as repositories;</li>
 * <li>no web types ({@code org.springframework.web}, {@code org.springframework.http}, {@code org.springframework.ui},
 * servlet) in domain classes: aggregates and everything in a {@code domain} package;</li>
 * <li>aggregates (the entity type of a Spring Data repository) free of Spring, except Spring Data's mapping
 * annotations ({@code @Id}, {@code @Version}, {@code @Table}, {@code @Column}, {@code @MappedCollection}...).</li>
 * </ol>
 *
 * <p>Today's offenders are frozen ({@link FreezingArchRule}) in {@code src/test/resources/guardrails/archunit_store},
 * one line per class, by module and simple name (a class may move inside its module): a new offender fails, and so does a listed one that was fixed while the store is read-only
 * ({@code archunit.properties}); rerun with {@code -Darchunit.freeze.store.default.allowStoreUpdate=true} to let
 * ArchUnit remove the fixed lines, and commit the store.
 */
class DomainCoreRulesTests {

    /** Platform infrastructure may use JDBC directly: the database itself, not business data. */
    static final List<String> INFRASTRUCTURE = List.of("org.minga.platform.internal.db",
            "org.minga.platform.internal.jdbc",
            "org.minga.platform.internal.rollup");

    static final List<String> SQL_HOLDERS = List.of("ReadModel", "Queries", "Repository", "RepositoryImpl");

    static final Set<String> WEB = Set.of("org.springframework.web", "org.springframework.http",
            "org.springframework.ui",
            "jakarta.servlet");

    static final Set<String> MAPPING = Set.of("org.springframework.data.annotation",
            "org.springframework.data.relational.core.mapping");

    @Test
    void sqlOnlyInReadModelsRepositoriesAndInfrastructure() {
        checkFrozen(jdbcOnlyWhereAllowed(ArchitectureTests.MINGA));
    }

    @Test
    void domainClassesKnowNoWebTypes() {
        checkFrozen(noWebTypesInTheDomain(ArchitectureTests.MINGA));
    }

    @Test
    void aggregatesAreFreeOfSpring() {
        checkFrozen(aggregatesFreeOfSpring(ArchitectureTests.MINGA));
    }

    @Test
    void theRulesFindWhatTheySay() {
        JavaClasses fixture = new ClassFileImporter().importPackages("guardrails.fixture");
        assertThat(violations(jdbcOnlyWhereAllowed(fixture), fixture))
                .containsExactly("guardrails.fixture PlanService uses JdbcTemplate");
        assertThat(violations(noWebTypesInTheDomain(fixture), fixture))
                .containsExactly("guardrails.fixture.domain Visit uses HttpStatus");
        assertThat(aggregates(fixture)).containsExactlyInAnyOrder("guardrails.fixture.Plan",
                "guardrails.fixture.Alert");
        assertThat(violations(aggregatesFreeOfSpring(fixture), fixture))
                .containsExactly("guardrails.fixture Alert uses Isolation, Propagation, Transactional");
    }

    /** Checks a rule against today's frozen offenders; a fixed offender still in the store fails with what to do. */
    private static void checkFrozen(ArchRule rule) {
        try {
            FreezingArchRule.freeze(rule).check(ArchitectureTests.MINGA);
        } catch (RuntimeException e) {
            if (!e.getClass().getSimpleName().equals("StoreUpdateFailedException")) { // not public in ArchUnit
                throw e;
            }
            throw new AssertionError("'" + rule.getDescription()
                    + "': a class listed in src/test/resources/guardrails/archunit_store"
                    + " no longer breaks the rule (well done). Run this test once with"
                    + " -Darchunit.freeze.store.default.allowStoreUpdate=true so ArchUnit removes it, and commit the store.",
                    e);
        }
    }

    static ArchRule jdbcOnlyWhereAllowed(JavaClasses classes) {
        Set<String> fragments = repositoryFragments(classes);
        return topLevelClasses("top-level classes outside read models, repositories and platform infrastructure",
                c -> SQL_HOLDERS.stream().noneMatch(s -> c.getSimpleName().endsWith(s))
                        && c.getRawInterfaces().stream().noneMatch(i -> fragments.contains(i.getName()))
                        && !c.isAssignableTo(PersonalDataOwner.class) && !c.isAssignableTo(DemoDataset.class)
                        && !INFRASTRUCTURE.contains(c.getPackageName())
                        && INFRASTRUCTURE.stream().noneMatch(p -> c.getPackageName().startsWith(p + ".")))
                                .should(notUse(classes, "JdbcClient, JdbcTemplate or NamedParameterJdbcTemplate",
                                        t -> t.isAssignableTo(JdbcClient.class)
                                                || t.isAssignableTo(JdbcOperations.class)
                                                || t.isAssignableTo(NamedParameterJdbcOperations.class)))
                                .allowEmptyShould(true)
                                .as("SQL (JdbcClient, JdbcTemplate, NamedParameterJdbcTemplate) only in read models, repositories and platform infrastructure");
    }

    static ArchRule noWebTypesInTheDomain(JavaClasses classes) {
        Set<String> aggregates = aggregates(classes);
        return topLevelClasses("domain classes (aggregates and classes of a domain package)",
                c -> aggregates.contains(c.getName()) || c.getPackageName().matches("(.*\\.)?domain(\\..*)?"))
                        .should(notUse(classes, "web types",
                                t -> WEB.stream().anyMatch(p -> t.getPackageName().startsWith(p))))
                        .allowEmptyShould(true)
                        .as("Domain classes use no web types (org.springframework.web, .http, .ui, jakarta.servlet)");
    }

    static ArchRule aggregatesFreeOfSpring(JavaClasses classes) {
        Set<String> aggregates = aggregates(classes);
        return topLevelClasses("aggregates (entity types of Spring Data repositories)",
                c -> aggregates.contains(c.getName()))
                        .should(notUse(classes, "Spring", t -> t.getPackageName().startsWith("org.springframework")
                                && !MAPPING.contains(t.getPackageName())))
                        .allowEmptyShould(true)
                        .as("Aggregates are free of Spring, except Spring Data's mapping annotations");
    }

    /**
     * The custom-query fragments of the Spring Data repositories among {@code classes}: the interfaces a repository
     * extends that are not repositories themselves ({@code ReferralStatements}, implemented by {@code ReferralStatementsImpl}).
     */
    static Set<String> repositoryFragments(JavaClasses classes) {
        Set<String> fragments = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.isInterface() && c.isAssignableTo(Repository.class)) {
                c.getAllRawInterfaces().stream().filter(i -> !i.isAssignableTo(Repository.class))
                        .forEach(i -> fragments.add(i.getName()));
            }
        }
        return fragments;
    }

    /** The entity types of the Spring Data repositories among {@code classes}. */
    static Set<String> aggregates(JavaClasses classes) {
        Set<String> aggregates = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.isInterface() && c.isAssignableTo(Repository.class)) {
                for (JavaType type : c.getInterfaces()) {
                    if (type instanceof JavaParameterizedType p && p.toErasure().isAssignableTo(Repository.class)
                            && !p.getActualTypeArguments().isEmpty()
                            && p.getActualTypeArguments().get(0)instanceof JavaClass entity) {
                        aggregates.add(entity.getName());
                    }
                }
            }
        }
        return aggregates;
    }

    private static com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction topLevelClasses(String description,
            Predicate<JavaClass> which) {
        return classes().that(com.tngtech.archunit.base.DescribedPredicate.describe(description,
                c -> c.getEnclosingClass().isEmpty() && !c.isAnonymousClass() && which.test(c)));
    }

    /**
     * Violated by a top-level class that, itself or through its nested and anonymous classes and lambdas, depends on a
     * type matching {@code target}: one line per class ("household AlertEngine uses JdbcClient"), by module and simple
     * name so that it stays the same when the class is edited or moves to another package of its module.
     */
    private static ArchCondition<JavaClass> notUse(JavaClasses classes, String what, Predicate<JavaClass> target) {
        Map<String, Set<String>> used = new HashMap<>();
        for (JavaClass c : classes) {
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass t = d.getTargetClass();
                if (target.test(t)) {
                    used.computeIfAbsent(topLevel(c).getName(), k -> new TreeSet<>()).add(t.getSimpleName());
                }
            }
        }
        return new ArchCondition<>("not use " + what) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Set<String> types = used.getOrDefault(c.getName(), Set.of());
                events.add(new SimpleConditionEvent(c, types.isEmpty(), moduleOf(c) + " " + c.getSimpleName()
                        + (types.isEmpty() ? " uses no " + what : " uses " + String.join(", ", types))));
            }
        };
    }

    /** The module of a class ({@code household} for {@code org.minga.household.internal.alert}), else its package. */
    static String moduleOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return c.getPackageName().startsWith("org.minga.") ? parts[2] : c.getPackageName();
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static List<String> violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        return result.getFailureReport().getDetails();
    }

}
