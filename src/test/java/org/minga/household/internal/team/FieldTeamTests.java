package org.minga.household.internal.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.household.internal.team.FieldTeamRecords.Member;
import org.minga.platform.FieldError;

/** A field team needs a name and members with a name and a profile; what it keeps is trimmed. */
class FieldTeamTests {

    @Test
    void aTeamIsComposedTrimmedOrEachProblemIsNamed() {
        List<FieldError> errors = new ArrayList<>();
        FieldTeam team = FieldTeam.composed(" Equipo 1 ", List.of(new Member(" Ana ", " enfermera ", " ")), errors);
        assertThat(errors).isEmpty();
        assertThat(team.name()).isEqualTo("Equipo 1");
        assertThat(team.members()).containsExactly(new Member("Ana", "enfermera", null));
        assertThat(FieldTeam.composed("", List.of(new Member("Ana", "", null)), errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("name", "members");
    }
}
