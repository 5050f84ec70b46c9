package org.minga.platform.internal.security;

import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the identity provider: the provider's tokens (kept for the provider's sign-out) and the
 * linked Minga account, whose role and scope decide what they may do. Its name is the Minga user name, so the
 * session index and the end of sessions on an account change treat both ways of signing in alike.
 */
public final class MingaOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final MingaPrincipal principal;

    MingaOidcUser(OidcUser provider, MingaPrincipal principal) {
        super(principal.getAuthorities(), provider.getIdToken(), userInfo(provider));
        this.principal = principal;
    }

    private static OidcUserInfo userInfo(OidcUser provider) {
        return provider.getUserInfo();
    }

    public MingaPrincipal principal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MingaOidcUser o && o.principal.equals(principal) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return principal.hashCode();
    }
}
