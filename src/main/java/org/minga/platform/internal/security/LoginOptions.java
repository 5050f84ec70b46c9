package org.minga.platform.internal.security;

import org.springframework.stereotype.Component;

/** What the sign-in page offers ({@code ${@loginOptions...}}): the identity provider, Minga's passwords, or both. */
@Component("loginOptions")
public record LoginOptions(SingleSignOnProperties singleSignOnProperties, LocalPasswords local) {

    public boolean singleSignOn() {
        return singleSignOnProperties.enabled();
    }

    public boolean passwords() {
        return local.enabled();
    }
}
