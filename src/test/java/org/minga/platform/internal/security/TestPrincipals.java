package org.minga.platform.internal.security;

import org.minga.platform.CurrentUser;

/**
 * Signed-in principals for tests that need a user before demo users exist. Test code only: it lives in this
 * package to reach the package-private constructor, so production code gains no way to forge a principal.
 */
public final class TestPrincipals {

    private TestPrincipals() {
    }

    public static MingaPrincipal of(CurrentUser user) {
        return new MingaPrincipal(user, "{noop}unused", true, null);
    }
}
