package org.minga.household;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape of the household module's domain core (issue 25), as referral's: aggregates and their values know no
 * Spring beans, SQL or web types; services and controllers leave SQL to read models and repositories.
 */
class HouseholdDomainCoreTests {

    static final JavaClasses HOUSEHOLD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.minga.household");

    @Test
    void aggregatesAndTheirValuesKnowNoSpringBeansNoSqlAndNoWeb() {
        classes().that().haveSimpleName("Household").or().haveSimpleName("SisbenGroup")
                .or().haveSimpleName("Person").or().haveSimpleName("IdentityDocument")
                .or().haveSimpleName("Kinship").or().haveSimpleName("Characterization")
                .or().haveSimpleName("Alert").or().haveSimpleName("AlertStatus").or().haveSimpleName("AlertRules")
                .or().haveSimpleName("CarePlan").or().haveSimpleName("CarePlanAction").or()
                .haveSimpleName("CarePlanVisit")
                .or().haveSimpleName("ActionStatus").or().haveSimpleName("Responsible").or().haveSimpleName("AlertRule")
                .or().haveSimpleName("Instrument").or().haveSimpleName("FieldTeam")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.minga.household..",
                        "org.minga.platform",
                        // mapping metadata only: the aggregate is mapped, not managed, by Spring Data JDBC
                        "org.springframework.data.annotation..", "org.springframework.data.relational.core.mapping..")
                .andShould().notBeAnnotatedWith(Service.class)
                .check(HOUSEHOLD);
    }

    @Test
    void aggregatesDependOnNoServiceReadModelOrControllerOfTheirModule() {
        noClasses().that().haveSimpleName("Household").or().haveSimpleName("Person").or().haveSimpleName("Alert")
                .or().haveSimpleName("CarePlan").or().haveSimpleName("Characterization")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("ReadModel")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Pages")
                .check(HOUSEHOLD);
    }

    @Test
    void servicesAndControllersWriteNoSql() {
        noClasses().that().resideInAPackage("org.minga.household..")
                .and().areAnnotatedWith(Service.class).or().areAnnotatedWith(Controller.class)
                .or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .check(HOUSEHOLD);
    }
}
