package org.minga.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends the login page back with one message for every failure: a wrong password, an unknown user, a locked or
 * disabled account and an attempt refused for too many tries all read the same, so the page never tells whether
 * a user name exists (issue 16). The one other message: too many sign-ins were waiting for their password check
 * ({@link BoundedPasswordEncoder.Busy}), which says nothing about the account.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath()
                + (exception instanceof BoundedPasswordEncoder.Busy ? "/login?error=busy" : "/login?error=bad"));
    }
}
