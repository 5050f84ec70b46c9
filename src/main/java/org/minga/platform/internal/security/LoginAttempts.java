package org.minga.platform.internal.security;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every login and failure to the audit log ({@link LoginThrottleRepository} counts the failures and locks). A successful API (HTTP Basic) call also resets the counter, but only form logins are logged as
 * logins, so the audit log is not flooded by API traffic.
 */
@Component
@RequiredArgsConstructor
class LoginAttempts {

    private final UserRepository users;
    private final AuditLog audit;
    private final SecurityProperties properties;

    /** A password checked and wrong (or an unknown name): the limits are counted by {@link LoginThrottleRepository}. */
    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        audit.record("LOGIN_FAILED", "user", null, null,
                "Intento fallido para " + abbreviate(String.valueOf(event.getAuthentication().getName())), null, null);
    }

    @EventListener
    @Transactional
    public void onLocked(AuthenticationFailureLockedEvent event) {
        logFailure(event, "Intento en cuenta bloqueada: ");
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }

    @EventListener
    @Transactional
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        audit.record("LOGIN", "user", null, null, "Inicio de sesión de " + event.getAuthentication().getName(),
                null, null);
    }

    private void logFailure(AbstractAuthenticationFailureEvent event, String prefix) {
        audit.record("LOGIN_FAILED", "user", null, null, prefix + abbreviate(event.getAuthentication().getName()),
                null, null);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
