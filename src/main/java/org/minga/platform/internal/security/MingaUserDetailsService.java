package org.minga.platform.internal.security;

import org.minga.platform.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
record MingaUserDetailsService(UserRepository users) implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRow row = users.byUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Usuario o contraseña incorrectos."));
        CurrentUser user = new CurrentUser(row.id(), row.username(), row.fullName(), row.role(),
                row.jurisdictionId(), row.territoryId());
        return new MingaPrincipal(user, row.passwordHash(), row.enabled(), row.lockedUntil());
    }
}
