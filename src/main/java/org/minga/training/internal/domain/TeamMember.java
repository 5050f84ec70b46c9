package org.minga.training.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A member of a {@link TrainingTeam}: a user (an official) or a person (a community agent). */
@Table("training_team_member")
public record TeamMember(Long personId, Long userId, String name) {
}
