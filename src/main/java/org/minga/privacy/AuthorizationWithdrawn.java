package org.minga.privacy;

/** Published when a person's last active authorization is withdrawn: their data must not be used further. */
public record AuthorizationWithdrawn(long personId, long jurisdictionId) {
}
