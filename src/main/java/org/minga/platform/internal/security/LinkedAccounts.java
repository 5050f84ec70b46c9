package org.minga.platform.internal.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdictions;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;

/**
 * The Minga account behind an identity provider's account: the one an administrator linked to the value of the
 * configured claim. Unlinked is refused (or, with self-provisioning on, gets a new account of the default role);
 * a disabled account is refused. The error codes name the message the sign-in page shows.
 */
@Component
record LinkedAccounts(UserRepository users, SingleSignOnProperties sso, Jurisdictions jurisdictions,
        PasswordEncoder encoder, AuditLog audit) {

    static final String UNLINKED = "unlinked";
    static final String DISABLED = "disabled";
    static final String NO_ACCOUNT = "no_account";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The signed-in principal for the provider's {@code claims}; {@code signingIn} is true for a sign-in through
     * the browser (it may create the account and counts as the last sign-in), false for a bearer JWT on the API.
     */
    MingaPrincipal principalFor(Map<String, Object> claims, boolean signingIn) {
        Object value = claims.get(sso.effectiveUserClaim());
        String account = value == null ? null : String.valueOf(value).trim();
        if (account == null || account.isEmpty()) {
            throw refused(NO_ACCOUNT, "El proveedor de identidad no envió el dato " + sso.effectiveUserClaim()
                    + " que identifica la cuenta.");
        }
        UserRow row = users.byOidcSubject(account).orElse(null);
        if (row == null && signingIn && sso.selfProvisioning()) {
            row = provision(account, claims);
        }
        if (row == null) {
            throw refused(UNLINKED, "La cuenta " + account
                    + " del proveedor de identidad no está vinculada a ningún usuario de Minga.");
        }
        if (!row.enabled()) {
            throw refused(DISABLED, "El usuario de Minga vinculado a la cuenta " + account + " está desactivado.");
        }
        if (signingIn) {
            users.recordSuccess(row.username());
        }
        return new MingaPrincipal(new CurrentUser(row.id(), row.username(), row.fullName(), row.role(),
                row.jurisdictionId(), row.territoryId()), null, true, null);
    }

    private UserRow provision(String account, Map<String, Object> claims) {
        Long jurisdictionId = sso.defaultJurisdiction() == null ? null
                : jurisdictions.byCode(sso.defaultJurisdiction().trim()).map(j -> j.id()).orElse(null);
        if (jurisdictionId == null) {
            throw refused(UNLINKED, "La cuenta " + account + " no está vinculada y MINGA_OIDC_DEFAULT_JURISDICTION no"
                    + " nombra una jurisdicción existente: no se puede crear su usuario.");
        }
        String username = account.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", ".");
        if (username.length() > 80) {
            username = username.substring(0, 80);
        }
        if (users.byUsername(username).isPresent()) {
            throw refused(UNLINKED, "Ya existe un usuario " + username + " sin vincular: un administrador debe"
                    + " vincularlo a la cuenta " + account + ".");
        }
        String name = claims.get("name")instanceof String n && !n.isBlank() ? n.trim() : account;
        String email = claims.get("email")instanceof String e && !e.isBlank() ? e.trim() : null;
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        // nobody knows this password: the account signs in only through the provider
        long id = users.insertLinked(username, encoder.encode(Base64.getEncoder().encodeToString(secret)), name,
                email, sso.effectiveDefaultRole(), jurisdictionId, account);
        audit.record("CREATE", "user", id, jurisdictionId, "Usuario " + username
                + " creado al ingresar con el proveedor de identidad (" + sso.effectiveDefaultRole() + ")", null, null);
        return users.byId(id).orElseThrow();
    }

    private static OAuth2AuthenticationException refused(String code, String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
    }
}
