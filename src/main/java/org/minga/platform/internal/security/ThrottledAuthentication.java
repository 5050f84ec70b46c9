package org.minga.platform.internal.security;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only when {@link LoginThrottleRepository} gives the attempt its turn; otherwise refuses it
 * unchecked, with the same answer a wrong password gets, so nobody learns whether an account exists or is
 * locked. Form logins and HTTP Basic calls both come through here.
 */
@RequiredArgsConstructor
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottleRepository throttle;
    private final AuditLog audit;

    /** An attempt refused without checking its password. */
    static final class TooManyAttempts extends AuthenticationException {
        TooManyAttempts() {
            super("Usuario o contraseña incorrectos.");
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = LoginThrottleRepository.name(authentication.getName());
        String address = LoginThrottleRepository
                .address(authentication.getDetails()instanceof WebAuthenticationDetails d
                        ? d.getRemoteAddress() : null);
        if (!throttle.reserve(name, address)) {
            audit.record("LOGIN_REFUSED", "user", null, null, "Intento no comprobado (demasiados intentos) para "
                    + abbreviate(name) + " desde " + address, null, null);
            throw new TooManyAttempts();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(name, address);
            return result;
        } catch (BoundedPasswordEncoder.Busy e) {
            throttle.notChecked(name, address); // nothing was checked: neither a failure nor a success
            throw e;
        } catch (AuthenticationException e) {
            if (throttle.failed(name, address) > 0) {
                audit.record("LOCKED", "user", null, null, "Intentos de " + abbreviate(name) + " desde " + address
                        + " bloqueados por demasiados fallos", null, null);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
