package org.minga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.minga.platform.AccessScope;
import org.minga.platform.CurrentUser;
import org.minga.platform.Role;

/**
 * No module re-implements the access policy (issue 15): outside {@code platform}, which holds the one table
 * ({@code AccessPolicy}), no class compares roles or asks a role what it may do, and none walks the territory
 * tree to decide access. They ask the policy for a capability ({@code allows}, {@code require}, {@code holds}) or
 * for the scope of one ({@code scope}, {@code covers}, {@code requireCovers}, {@code Territories.scopeOf}), and
 * check a record with {@link AccessScope#includes}/{@link AccessScope#includesOrAbove} or filter SQL with
 * {@link AccessScope#likePattern()}. Reading a role's name for a message ({@code role().label()}) is fine.
 */
class OnePolicyTests {

    static final JavaClasses MINGA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.minga");

    /**
     * Modules still being moved onto the policy (none since household and referral were rebuilt); a module listed
     * here is checked as soon as it is clean, and leaving it here after that fails (see below), so the list only shrinks.
     */
    static final Set<String> PENDING = Set.of();

    /** The demo module names the role of each demo user it creates; it decides nothing. */
    static final Set<String> EXEMPT = Set.of("platform", "demo");

    /** Methods whose call outside the platform is a rule of access of its own. */
    static final Set<String> FORBIDDEN_CALLS = Set.of(
            Role.class.getName() + ".managesTerritory", Role.class.getName() + ".readOnly",
            Role.class.getName() + ".values", Role.class.getName() + ".valueOf", Role.class.getName() + ".ordinal",
            Role.class.getName() + ".authority", Role.class.getName() + ".compareTo",
            CurrentUser.class.getName() + ".is", CurrentUser.class.getName() + ".seesJurisdiction",
            AccessScope.class.getName() + ".pathPrefix",
            "org.springframework.security.core.context.SecurityContextHolder.getContext",
            "jakarta.servlet.http.HttpServletRequest.isUserInRole",
            "org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer$AuthorizedUrl.hasRole");

    static String module(JavaClass c) {
        String rest = c.getPackageName().substring("org.minga".length());
        if (rest.isEmpty()) {
            return "";
        }
        rest = rest.substring(1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** What one class does that the rule forbids, as "Class (File.java:line) -> target of Owner". */
    static List<String> violationsIn(JavaClass c) {
        List<String> found = new ArrayList<>();
        for (JavaAccess<?> a : c.getAccessesFromSelf()) {
            String owner = a.getTargetOwner().getFullName();
            // a demo loader plays the people who entered the demo records (an evaluator scoring, a district user
            // running a prioritisation): it names their role, and decides nothing with it
            boolean roleConstant = owner.equals(Role.class.getName()) && a instanceof JavaFieldAccess
                    && !c.getSimpleName().endsWith("DemoData");
            if (roleConstant || FORBIDDEN_CALLS.contains(owner + "." + a.getTarget().getName())) {
                found.add(c.getSimpleName() + " (" + a.getSourceCodeLocation() + ") -> " + a.getTarget().getName()
                        + " of " + a.getTargetOwner().getSimpleName());
            }
        }
        return found;
    }

    /** Where the modules outside the platform compare roles or walk the tree. */
    static Map<String, List<String>> violationsByModule() {
        Map<String, List<String>> found = new TreeMap<>();
        for (JavaClass c : MINGA) {
            String m = module(c);
            if (m.isEmpty() || EXEMPT.contains(m)) {
                continue;
            }
            List<String> v = violationsIn(c);
            if (!v.isEmpty()) {
                found.computeIfAbsent(m, k -> new ArrayList<>()).addAll(v);
            }
        }
        return found;
    }

    @Test
    void noModuleOutsideThePlatformComparesRolesOrWalksTheTerritoryTree() {
        Map<String, List<String>> found = violationsByModule();
        PENDING.forEach(found::remove);
        assertThat(found).as("ask AccessPolicy (a capability and its scope) instead").isEmpty();
    }

    @Test
    void aPendingModuleLeavesTheListAsSoonAsItIsClean() {
        Map<String, List<String>> found = violationsByModule();
        Set<String> clean = new TreeSet<>(PENDING);
        clean.removeAll(found.keySet());
        assertThat(clean).as("these modules ask only the policy now: remove them from OnePolicyTests.PENDING")
                .isEmpty();
    }

    @Test
    void theScanFindsWhatItForbids() {
        JavaClass offender = new ClassFileImporter().importClass(Offender.class);
        assertThat(violationsIn(offender)).hasSize(4)
                .anySatisfy(v -> assertThat(v).contains("LOCAL of Role"))
                .anySatisfy(v -> assertThat(v).contains("readOnly of Role"))
                .anySatisfy(v -> assertThat(v).contains("is of CurrentUser"))
                .anySatisfy(v -> assertThat(v).contains("pathPrefix of AccessScope"));
        assertThat(violationsIn(new ClassFileImporter().importClass(Asker.class))).isEmpty();
    }

    /** What a module used to write: its own role and territory rules. */
    static class Offender {
        boolean mayEdit(CurrentUser user, AccessScope scope, String path) {
            return (user.role() == Role.LOCAL || !user.role().readOnly() || user.is(null))
                    && path.startsWith(scope.pathPrefix());
        }
    }

    /** What it writes now. */
    static class Asker {
        boolean mayEdit(org.minga.platform.AccessPolicy policy, CurrentUser user, long jurisdiction, String path) {
            if (!policy.covers(user, org.minga.platform.Capability.RUN_GOVERNANCE, jurisdiction, path)) {
                throw new IllegalStateException("Su rol (" + user.role().label() + ") no puede.");
            }
            return true;
        }
    }
}
