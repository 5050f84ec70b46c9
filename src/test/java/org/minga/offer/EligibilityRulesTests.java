package org.minga.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EligibilityRulesTests {

    static final Set<String> A1_TO_C1 = Set.copyOf(SisbenGroups.expand("A1-C1").orElseThrow());
    static final EligibilityRules COLOMBIA_MAYOR = new EligibilityRules(60, null, Sex.ANY, Set.of(), A1_TO_C1, true,
            List.of());
    static final EligibilityRules RENTA_JOVEN = new EligibilityRules(14, 28, Sex.ANY, Set.of(),
            Set.copyOf(SisbenGroups.expand("A1-C18").orElseThrow()), true, List.of());

    static PersonProfile person(Integer age, Sex sex, String sisben, String path, ValueGroup... groups) {
        return new PersonProfile(age, sex, Set.of(groups), sisben, path, null);
    }

    @Test
    void a65YearOldInA3MayReceiveColombiaMayorButNotRentaJoven() {
        PersonProfile p = person(65, Sex.MALE, "A3", "/1/2/3/");
        assertThat(COLOMBIA_MAYOR.firstReason(p)).isEmpty();
        assertThat(RENTA_JOVEN.firstReason(p)).contains("requiere tener entre 14 y 28 años");
    }

    @Test
    void ageAloneGivesAReasonAPersonUnderstands() {
        assertThat(COLOMBIA_MAYOR.firstReason(person(45, null, "A3", null))).contains("requiere 60 años o más");
        assertThat(
                new EligibilityRules(null, 17, null, null, null, true, null).firstReason(person(30, null, null, null)))
                        .contains("requiere 17 años o menos");
        assertThat(COLOMBIA_MAYOR.firstReason(person(null, null, "A3", null)))
                .contains("requiere 60 años o más (no se indicó la edad)");
    }

    @Test
    void theFirstFailingRuleIsTheOneGiven() {
        // too young AND outside the SISBEN groups: age is checked first
        assertThat(COLOMBIA_MAYOR.firstReason(person(30, null, "D5", null))).contains("requiere 60 años o más");
        assertThat(COLOMBIA_MAYOR.firstReason(person(70, null, "D5", null)))
                .contains("requiere SISBEN IV en los grupos A1 a A5, B1 a B7, C1; su grupo es D5");
        assertThat(COLOMBIA_MAYOR.firstReason(person(70, null, null, null)))
                .contains("requiere SISBEN IV en los grupos A1 a A5, B1 a B7, C1 (no se indicó el grupo del SISBEN)");
    }

    @Test
    void sexPopulationGroupsAndTerritory() {
        EligibilityRules gestantes = new EligibilityRules(null, null, Sex.FEMALE, Set.of(ValueGroup.PREGNANT),
                Set.of(),
                false, List.of(new EligibilityRules.Area("/1/9/", "Comuna 9 Sur Occidental")));
        assertThat(gestantes.firstReason(person(25, Sex.MALE, null, "/1/9/40/")))
                .contains("es solo para hombres".replace("hombres", "mujeres"));
        assertThat(gestantes.firstReason(person(25, Sex.FEMALE, null, "/1/9/40/"))).contains("es para gestantes");
        assertThat(gestantes.firstReason(person(25, Sex.FEMALE, null, "/1/3/", ValueGroup.PREGNANT)))
                .contains("solo se ofrece en Comuna 9 Sur Occidental");
        assertThat(gestantes.firstReason(person(25, Sex.FEMALE, null, "/1/9/40/", ValueGroup.PREGNANT))).isEmpty();
        // the area itself counts, not only its subtree; a sibling with a longer id does not
        assertThat(gestantes.admits(person(25, Sex.FEMALE, null, "/1/9/", ValueGroup.PREGNANT))).isTrue();
        assertThat(gestantes.admits(person(25, Sex.FEMALE, null, "/1/90/", ValueGroup.PREGNANT))).isFalse();
        EligibilityRules forSome = new EligibilityRules(null, null, null,
                Set.of(ValueGroup.CONFLICT_VICTIMS, ValueGroup.MIGRANTS), Set.of(), true, List.of());
        assertThat(forSome.firstReason(person(40, null, null, null)))
                .contains("es para víctimas del conflicto o migrantes");
        assertThat(forSome.admits(person(40, null, null, null, ValueGroup.MIGRANTS))).isTrue();
    }

    @Test
    void openServicesAdmitAnyone() {
        EligibilityRules open = new EligibilityRules(null, null, null, null, null, true, null);
        assertThat(open.admits(person(null, null, null, null))).isTrue();
        assertThat(open.describe()).isEmpty();
        assertThat(COLOMBIA_MAYOR.describe()).containsExactly("60 años o más",
                "SISBEN IV, grupos A1 a A5, B1 a B7, C1");
        assertThat(RENTA_JOVEN.describe()).first().isEqualTo("De 14 a 28 años");
    }

    @Test
    void ageLimitsMustBeInOrder() {
        assertThatThrownBy(() -> new EligibilityRules(30, 20, null, null, null, true, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sisbenGroupsAreTheFourLettersWithTheirSizes() {
        assertThat(SisbenGroups.all()).hasSize(5 + 7 + 18 + 21).startsWith("A1").endsWith("D21");
        assertThat(SisbenGroups.parse("a3")).contains("A3");
        assertThat(SisbenGroups.parse("C 18")).contains("C18");
        assertThat(SisbenGroups.parse("A6")).isEmpty();
        assertThat(SisbenGroups.parse("B8")).isEmpty();
        assertThat(SisbenGroups.parse("D22")).isEmpty();
        assertThat(SisbenGroups.parse("E1")).isEmpty();
        assertThat(SisbenGroups.parse("A0")).isEmpty();
        assertThat(SisbenGroups.expand("B")).contains(List.of("B1", "B2", "B3", "B4", "B5", "B6", "B7"));
        assertThat(SisbenGroups.expand("A4-B2")).contains(List.of("A4", "A5", "B1", "B2"));
        assertThat(SisbenGroups.expand("B2-A4")).isEmpty();
        assertThat(SisbenGroups.expand("Z9")).isEmpty();
        assertThat(SisbenGroups.describe(List.of("B2", "A1", "A2", "A3", "B3", "D21")))
                .isEqualTo("A1 a A3, B2 a B3, D21");
    }
}
