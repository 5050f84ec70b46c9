package org.minga;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Internals stay internal: what a module keeps in its {@code internal} packages is package-private unless
 * another package of the same module needs it (Spring Modulith checks that no other module does).
 */
class ArchitectureTests {

    static final JavaClasses MINGA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.minga");

    @Test
    void controllersAreInternalAndPackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .or().areAnnotatedWith(ControllerAdvice.class).or().areAnnotatedWith(RestControllerAdvice.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .andShould().resideInAPackage("org.minga.*.internal..")
                .check(MINGA);
    }

    @Test
    void repositoriesAndConfigurationsArePackagePrivate() {
        classes().that().areAnnotatedWith(Repository.class).or().areAnnotatedWith(Configuration.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(MINGA);
    }

    @Test
    void moduleApisDoNotDependOnTheWebOrOnInternals() {
        noClasses().that().resideInAnyPackage("org.minga.platform", "org.minga.territory")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(MINGA);
        noClasses().that().resideInAPackage("org.minga.territory")
                .should().dependOnClassesThat().resideInAPackage("org.minga.territory.internal..")
                .check(MINGA);
    }

    /**
     * Several nodes run the same schedules (issue 19): every {@code @Scheduled} method hands its work to
     * {@code ClusterJobs.once}, so it runs on one node at a time; only the rate limiter's clean-up of its own
     * node's memory runs on every node.
     */
    @Test
    void everyScheduledJobRunsOnceAcrossNodes() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .and().areDeclaredInClassesThat().doNotHaveSimpleName("RateLimiter")
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "hand their work to ClusterJobs.once") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean locked = method.getMethodCallsFromSelf().stream()
                                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(
                                        org.minga.platform.ClusterJobs.class) && call.getName().equals("once"));
                        if (!locked) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " runs on every node: wrap its work in ClusterJobs.once"));
                        }
                    }
                })
                .check(MINGA);
    }

    @Test
    void onlyTheDemoModuleKnowsTheDemoUsers() {
        noClasses().that().resideOutsideOfPackage("org.minga.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.minga.demo..")
                .check(MINGA);
    }
}
