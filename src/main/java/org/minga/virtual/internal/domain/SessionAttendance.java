package org.minga.virtual.internal.domain;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One attendance to an online session: the person a facilitator registered (under the privacy rules), or nobody
 * for an attendee who ticked the public form.
 */
@Table("online_session_attendance")
public record SessionAttendance(Long personId, AttendanceChannel registeredBy, Instant registeredAt) {
}
