package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.Map;

import org.minga.governance.internal.Gov.AttendanceStatus;

/** The custom statements of {@link SessionRepository}: numbering, the calendar's look-up, attendance rows and
 * comments on the draft acta. */
interface SessionStatements {

    /** The number the next session of a body takes. */
    int nextNumber(long bodyId);

    /** Whether a body already has a session on a date of the time zone {@code timeZone}. */
    boolean existsOn(long bodyId, String timeZone, LocalDate day);

    /** Replaces a session's attendance marks. */
    void replaceAttendance(long sessionId, Map<Long, AttendanceStatus> marks);

    /** Keeps a member's comment on a session's circulated draft acta. */
    void addComment(long sessionId, String author, String comment);
}
