package org.minga.governance.internal.domain;

/** The identities of governance's aggregates: positive numbers the database gives them, one type per noun. */
public final class GovernanceIds {

    private GovernanceIds() {
    }

    static long positive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException("A " + what + " id is positive: " + value);
        }
        return value;
    }

    /** The identity of a {@link Body}. */
    public record BodyId(long value) {
        public BodyId {
            positive(value, "body");
        }
    }

    /** The identity of a {@link Session}. */
    public record SessionId(long value) {
        public SessionId {
            positive(value, "session");
        }
    }

    /** The identity of a {@link Commitment}. */
    public record CommitmentId(long value) {
        public CommitmentId {
            positive(value, "commitment");
        }
    }

    /** The identity of a {@link Barrier}. */
    public record BarrierId(long value) {
        public BarrierId {
            positive(value, "barrier");
        }
    }

    /** The identity of a {@link DemonstrationExercise}. */
    public record ExerciseId(long value) {
        public ExerciseId {
            positive(value, "exercise");
        }
    }

    /** The identity of a {@link BodyType}. */
    public record BodyTypeId(long value) {
        public BodyTypeId {
            positive(value, "body type");
        }
    }

    /** The identity of a {@link Petition}. */
    public record PetitionId(long value) {
        public PetitionId {
            positive(value, "petition");
        }
    }

    /** The identity of a {@link Network}. */
    public record NetworkId(long value) {
        public NetworkId {
            positive(value, "network");
        }
    }

    /** The identity of a {@link Leadership}. */
    public record LeadershipId(long value) {
        public LeadershipId {
            positive(value, "leadership");
        }
    }

    /** The identity of an {@link ExerciseIndicator}. */
    public record ExerciseIndicatorId(long value) {
        public ExerciseIndicatorId {
            positive(value, "exercise indicator");
        }
    }

    /** The identity of a {@link NetworkMeeting}. */
    public record NetworkMeetingId(long value) {
        public NetworkMeetingId {
            positive(value, "network meeting");
        }
    }
}
