package org.minga.platform.internal.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal; carries the user's role and scope. It travels in the session, which lives in
 * PostgreSQL (issue 19): the password hash is erased once the password is checked, so no session row holds it.
 */
public final class MingaPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;

    MingaPrincipal(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
    }

    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Principals are the same account when their usernames match: the session registry relies on it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MingaPrincipal p && p.user.username().equalsIgnoreCase(user.username());
    }

    @Override
    public int hashCode() {
        return user.username().toLowerCase(java.util.Locale.ROOT).hashCode();
    }
}
