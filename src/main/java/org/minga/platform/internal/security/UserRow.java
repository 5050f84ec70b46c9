package org.minga.platform.internal.security;

import java.time.Instant;

import org.minga.platform.Role;

record UserRow(long id, String username, String passwordHash, String fullName, String email, Role role,
        Long jurisdictionId, Long territoryId, boolean enabled, int failedLogins, Instant lockedUntil,
        Instant lastLoginAt) {
}
