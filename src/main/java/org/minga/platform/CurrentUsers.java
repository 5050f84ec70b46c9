package org.minga.platform;

import java.util.Optional;

import org.minga.platform.internal.security.MingaPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof MingaPrincipal p) {
            return Optional.of(p.currentUser());
        }
        return Optional.empty();
    }

    /** The current user, or a {@link ForbiddenException} when the request is anonymous. */
    public static CurrentUser require() {
        return current().orElseThrow(() -> new ForbiddenException("Debe iniciar sesión."));
    }

    /** The current user, refused when their role is read only. */
    public static CurrentUser requireWriter() {
        CurrentUser user = require();
        if (user.role().readOnly()) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") es de solo consulta.");
        }
        return user;
    }
}
