package org.minga.platform.internal.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A call authenticated by an API token: its principal is the token's user, exactly as a signed-in user (same role,
 * same scope, same access policy); it also names the token, for the access log.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final MingaPrincipal principal;
    private final long tokenId;
    private final String tokenName;

    ApiTokenAuthentication(MingaPrincipal principal, long tokenId, String tokenName) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.tokenId = tokenId;
        this.tokenName = tokenName;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null; // the secret is not kept once checked
    }

    @Override
    public MingaPrincipal getPrincipal() {
        return principal;
    }

    public long tokenId() {
        return tokenId;
    }

    public String tokenName() {
        return tokenName;
    }
}
