package org.minga.platform.internal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether Minga's own passwords open a session or an API call ({@code MINGA_LOCAL_LOGIN}, on by default). A city
 * that signs everyone in through its identity provider turns them off: the sign-in page offers only the provider,
 * and the password form and HTTP Basic are refused. API tokens keep working.
 */
@Component
public class LocalPasswords {

    private volatile boolean enabled;

    LocalPasswords(@Value("${minga.local-login:true}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** For tests, which share one running Minga: they turn the passwords off and back on. */
    public void enabled(boolean on) {
        this.enabled = on;
    }
}
