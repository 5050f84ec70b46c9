package org.minga.actor.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.platform.Identity;
import org.minga.platform.ValidationException;

/** The rules the actor module's aggregates keep by themselves, whatever service calls them. */
class ActorDomainTests {

    static String problem(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.errors().get(0).field() + ": " + e.errors().get(0).message();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void anActorWithoutASectorIsRefusedAndRepeatedSectorsCountOnce() {
        assertThat(problem(() -> new Actor.Description("SDIS", "Integración Social", null, ActorType.SECRETARIAT,
                null, List.of(), null, null, null, null, true))).startsWith("sectors: Indique al menos un sector");
        Actor.Description d = new Actor.Description(" SDIS ", " Integración Social ", "", ActorType.SECRETARIAT, null,
                List.of(Sector.SOCIAL_WELFARE, Sector.SOCIAL_WELFARE, Sector.HEALTH), null, null, null, null, true);
        Actor a = new Actor(1, d, "Secretaría", List.of(new ActorTerritory(5, "1.5")), Instant.now());
        assertThat(a.code()).isEqualTo("SDIS");
        assertThat(a.name()).isEqualTo("Integración Social");
        assertThat(a.sectors()).containsExactly(Sector.SOCIAL_WELFARE, Sector.HEALTH);
        assertThat(a.active()).isTrue();
    }

    @Test
    void anAllianceNeedsTwoDistinctActorsAndCannotEndBeforeItStarts() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        assertThat(problem(() -> new Alliance.Description("A", "Alianza", "Para algo", AllianceScope.EXTERNAL,
                Alliance.Place.JURISDICTION, start, null, AllianceStatus.ACTIVE,
                List.of(new AllianceMember(1, null), new AllianceMember(1, "perifoneo")))))
                        .isEqualTo("members: Una alianza reúne al menos dos actores distintos.");
        assertThat(problem(() -> new Alliance.Description("A", "Alianza", "Para algo", AllianceScope.EXTERNAL,
                Alliance.Place.JURISDICTION, start, start.minusDays(1), AllianceStatus.ACTIVE,
                List.of(new AllianceMember(1, null), new AllianceMember(2, null)))))
                        .isEqualTo("endDate: La fecha de fin no puede ser anterior a la de inicio.");
        assertThat(new AllianceMember(3, "  refrigerios ").contribution()).isEqualTo("refrigerios");
        assertThat(new AllianceMember(3, " ").contribution()).isNull();
    }

    @Test
    void aPointHasBothCoordinatesWithinTheirRangesOrNone() {
        assertThat(problem(() -> new Point(4.7, null)))
                .isEqualTo("longitude: Indique latitud y longitud juntas, o ninguna.");
        assertThat(problem(() -> new Point(91.0, -74.0))).startsWith("latitude: La latitud debe estar entre");
        assertThat(problem(() -> new Point(4.7, -181.0))).startsWith("longitude: La longitud debe estar entre");
        assertThat(new Point(null, null).known()).isFalse();
        assertThat(new Point(4.7505, -74.0712).known()).isTrue();
    }

    @Test
    void typedIdsArePositive() {
        assertThatThrownBy(() -> new Identity<>(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Identity<>(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Identity<>(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Identity<>(7).value()).isEqualTo(7);
    }
}
