package org.minga.platform.internal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Lock-out after repeated failed logins. */
@ConfigurationProperties("minga.security")
public record SecurityProperties(Integer maxFailedLogins, Integer lockMinutes) {

    int effectiveMaxFailedLogins() {
        return maxFailedLogins == null ? 5 : maxFailedLogins;
    }

    int effectiveLockMinutes() {
        return lockMinutes == null ? 15 : lockMinutes;
    }
}
