package org.minga.platform.internal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** API tokens ({@code minga.api-tokens.*}): {@code maxDays}, the longest life a token may be given (365). */
@ConfigurationProperties("minga.api-tokens")
public record ApiTokenProperties(Integer maxDays) {

    public int effectiveMaxDays() {
        return maxDays == null || maxDays < 1 ? 365 : maxDays;
    }
}
