package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.minga.platform.Labelled;
import org.minga.platform.Labels;
import org.minga.platform.TextKeys;

/**
 * The vocabularies of governance. Their words live in {@code i18n/governance*.properties} as
 * {@code enum.<SimpleName>.<CONSTANT>}, read with {@link Labels}.
 */
public final class Gov {

    private Gov() {
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The constants of a vocabulary with their words in the request's language, for a form's options. */
    static <E extends Enum<E> & Labelled> Map<String, String> options(Labels labels, Class<E> type) {
        Map<String, String> m = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(e.name(), labels.of(e));
        }
        return m;
    }

    /** The Spanish words of a vocabulary, as an error message lists what may be written. */
    static <E extends Enum<E> & Labelled> String allowed(Labels labels, Class<E> type) {
        return String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(e -> TextKeys.key(labels.spanish(e))).toList());
    }

    /** Nivel de gestión. */
    public enum ManagementLevel implements Labelled {
        MACRO, MESO, MICRO
    }

    /** How often a body sits; {@code months} between sessions (0 for weekly and fortnightly). */
    public enum SessionPeriodicity implements Labelled {
        WEEKLY(0, 7),
        FORTNIGHTLY(0, 14),
        MONTHLY(1, 0),
        BIMONTHLY(2, 0),
        QUARTERLY(3, 0),
        FOUR_MONTHLY(4, 0),
        SEMIANNUAL(6, 0),
        ANNUAL(12, 0);

        private final int months;
        private final int days;

        SessionPeriodicity(int months, int days) {
            this.months = months;
            this.days = days;
        }

        LocalDate next(LocalDate d) {
            return months > 0 ? d.plusMonths(months) : d.plusDays(days);
        }

        LocalDate previous(LocalDate d) {
            return months > 0 ? d.minusMonths(months) : d.minusDays(days);
        }
    }

    /** A member's role in a body. */
    public enum MemberRole implements Labelled {
        LEADS, TECHNICAL_SECRETARIAT, MEMBER, OCCASIONAL_GUEST
    }

    public enum AttendanceStatus implements Labelled {
        PRESENT, ABSENT, EXCUSED
    }

    public enum SessionStatus implements Labelled {
        SCHEDULED, HELD, CLOSED, CANCELLED
    }

    public enum CommitmentStatus implements Labelled {
        PENDING, IN_PROGRESS, DONE, OVERDUE, CANCELLED;

        public boolean open() {
            return this == PENDING || this == IN_PROGRESS || this == OVERDUE;
        }
    }

    public enum BarrierKind implements Labelled {
        BARRIER, NEED
    }

    public enum BarrierStatus implements Labelled {
        OPEN, ESCALATED, RETURNED, RESOLVED, CLOSED
    }

    public enum EscalationAction implements Labelled {
        RAISED, ESCALATED, RESOLVED, RETURNED, CLOSED, REOPENED
    }

    public enum ExerciseStatus implements Labelled {
        PLANNED, RUNNING, EVALUATED
    }

    /** Where a petition comes from: a lower body, or (through {@code Petitions}) a participation space. */
    public enum PetitionSource implements Labelled {
        BODY, PARTICIPATION_SPACE, IMPROVEMENT_ACTION
    }

    /** A petition's way: raised, placed on a session's agenda, answered. */
    public enum PetitionStatus implements Labelled {
        RAISED, ON_AGENDA, ANSWERED
    }

    /** What a step of a leader's trajectory was: a participation space, a training, a body. */
    public enum LeadershipStepKind implements Labelled {
        SPACE, TRAINING, BODY
    }
}
