package org.minga.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minga.platform.Jurisdiction;
import org.minga.referral.internal.domain.Deadline;
import org.minga.referral.internal.domain.ReferralStatus;

/** The referral state machine, every pair of states, and deadlines in Colombian business days. */
class ReferralStatusTests {

    /** The legal transitions of issue 6, written out independently of the enum. */
    static final Set<String> LEGAL = Set.of(
            "CREATED>SENT", "CREATED>CANCELLED",
            "SENT>RECEIVED", "SENT>RETURNED", "SENT>CANCELLED",
            "RECEIVED>ACCEPTED", "RECEIVED>REJECTED", "RECEIVED>RETURNED", "RECEIVED>CANCELLED",
            "ACCEPTED>IN_ATTENTION", "ACCEPTED>CANCELLED",
            "IN_ATTENTION>ATTENDED",
            "ATTENDED>CLOSED");

    static Stream<Arguments> everyPair() {
        List<Arguments> all = new ArrayList<>();
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                all.add(Arguments.of(from, to, LEGAL.contains(from.name() + ">" + to.name())));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: legal={2}")
    @MethodSource("everyPair")
    void everyTransitionIsLegalOrRefusedWithBothStatesNamed(ReferralStatus from, ReferralStatus to, boolean legal) {
        assertThat(from.canMoveTo(to)).isEqualTo(legal);
        if (!legal) {
            assertThat(from.refusal(to)).contains("«" + from.label() + "»").contains("«" + to.label() + "»");
        }
    }

    @Test
    void statesParseFromSpanishLabelsAndCodes() {
        assertThat(ReferralStatus.parse("En atención")).contains(ReferralStatus.IN_ATTENTION);
        assertThat(ReferralStatus.parse("en atencion")).contains(ReferralStatus.IN_ATTENTION);
        assertThat(ReferralStatus.parse("IN_ATTENTION")).contains(ReferralStatus.IN_ATTENTION);
        assertThat(ReferralStatus.parse("aceptada")).contains(ReferralStatus.ACCEPTED);
        assertThat(ReferralStatus.parse("perdida")).isEmpty();
    }

    @Test
    void aReferralCreatedTheFridayBeforeAMondayHolidayWithTwoBusinessDaysFallsDueOnWednesday() {
        Jurisdiction bogota = new Jurisdiction(1, "11001", "Bogotá D.C.", "CO", "America/Bogota");
        // Friday 9 January 2026; Monday 12 January is Reyes Magos (6 January moved to Monday by Ley 51 de 1983)
        assertThat(Deadline.of(bogota.country(), LocalDate.of(2026, 1, 9), 2).dueOn())
                .isEqualTo(LocalDate.of(2026, 1, 14));
        // Friday 20 March 2026; Monday 23 March is San José
        assertThat(Deadline.of(bogota.country(), LocalDate.of(2026, 3, 20), 2).dueOn())
                .isEqualTo(LocalDate.of(2026, 3, 25));
        // an ordinary Friday: Tuesday
        assertThat(Deadline.of(bogota.country(), LocalDate.of(2026, 2, 6), 2).dueOn())
                .isEqualTo(LocalDate.of(2026, 2, 10));
    }

    @Test
    void theCommonTerritoryOfSeveralReferralsIsTheDeepestSharedAncestor() {
        assertThat(OverdueReferrals.commonTerritory(List.of("/1/5/23/40/", "/1/5/23/41/", "/1/5/23/"))).isEqualTo(23);
        assertThat(OverdueReferrals.commonTerritory(List.of("/1/5/23/40/", "/1/6/"))).isEqualTo(1);
    }

    @Test
    void mediansComeFromHistogramsOfDaysAsPercentileContWouldGiveThem() {
        assertThat(
                ReferralFiguresReadModel.median(new java.util.TreeMap<>(java.util.Map.of(1, 1L, 2, 1L, 3, 1L, 10, 1L))))
                        .isEqualTo(2.5);
        assertThat(ReferralFiguresReadModel.median(new java.util.TreeMap<>(java.util.Map.of(5, 3L)))).isEqualTo(5.0);
        assertThat(ReferralFiguresReadModel.median(new java.util.TreeMap<>(java.util.Map.of(1, 1L, 4, 2L))))
                .isEqualTo(4.0);
        assertThat(ReferralFiguresReadModel.median(new java.util.TreeMap<>(java.util.Map.of(1, 2L, 4, 2L))))
                .isEqualTo(2.5);
        assertThat(ReferralFiguresReadModel.median(new java.util.TreeMap<Integer, Long>())).isNull();
    }
}
