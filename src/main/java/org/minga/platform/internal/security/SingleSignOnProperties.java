package org.minga.platform.internal.security;

import java.util.List;

import org.minga.platform.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with the government's OpenID Connect provider ({@code minga.oidc.*}, from {@code MINGA_OIDC_*};
 * issue 19). Off while {@code issuer} is empty. {@code userClaim} names the claim whose value an administrator links
 * to a Minga account ({@code preferred_username} by default; {@code email}, {@code upn} or {@code sub} with other
 * providers); {@code audience} is what a bearer JWT must be addressed to (the client id by default). An unlinked
 * account is refused, unless {@code selfProvisioning} is on: then it gets an account of {@code defaultRole} (read
 * only by default; never an administrator) in {@code defaultJurisdiction}.
 */
@ConfigurationProperties("minga.oidc")
public record SingleSignOnProperties(String issuer, String clientId, String clientSecret, String userClaim,
        String audience, boolean selfProvisioning, Role defaultRole, String defaultJurisdiction, List<String> scopes) {

    public SingleSignOnProperties {
        if (defaultRole == Role.ADMINISTRATOR || defaultRole == Role.SYSTEM) {
            throw new IllegalArgumentException("MINGA_OIDC_DEFAULT_ROLE no puede ser " + defaultRole
                    + ": una cuenta creada al ingresar recibe el rol de menor privilegio que sirva.");
        }
    }

    boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }

    String effectiveUserClaim() {
        return userClaim == null || userClaim.isBlank() ? "preferred_username" : userClaim.trim();
    }

    String effectiveAudience() {
        return audience == null || audience.isBlank() ? clientId : audience.trim();
    }

    Role effectiveDefaultRole() {
        return defaultRole == null ? Role.READ_ONLY : defaultRole;
    }

    List<String> effectiveScopes() {
        return scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : scopes;
    }
}
