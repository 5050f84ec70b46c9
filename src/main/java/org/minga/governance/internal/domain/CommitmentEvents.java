package org.minga.governance.internal.domain;

import java.time.LocalDate;

import org.minga.platform.Identity;

/** What happens to commitments, for the reactions that follow (the responsible user's notices). */
public final class CommitmentEvents {

    private CommitmentEvents() {
    }

    /** A commitment was created with a responsible person (a Minga user when {@code userId} is not null). */
    public record CommitmentAssigned(Identity<Commitment> commitmentId, long jurisdictionId, String title,
            String bodyName,
            Long userId, LocalDate dueDate) {
    }
}
