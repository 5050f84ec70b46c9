package org.minga.participation.internal.domain;

/** The identity of a {@link Invitation}. */
public record InvitationId(long value) {
}
