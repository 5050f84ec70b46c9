package org.minga.platform;

import java.util.Optional;

import org.minga.platform.internal.security.MingaPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    /**
     * The signed-in user. An administrator of all jurisdictions who asks a GET for {@code ?jurisdiction=CODE} is, for
     * that request, the administrator of that jurisdiction: every list and page reaches only its records.
     */
    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        MingaPrincipal p = auth == null ? null
                : auth.getPrincipal()instanceof MingaPrincipal m ? m
                        // signed in through the government's identity provider (issue 19)
                        : auth.getPrincipal()instanceof org.minga.platform.internal.security.MingaOidcUser o
                                ? o.principal()
                                : null;
        if (p != null) {
            CurrentUser user = p.currentUser();
            CurrentUser narrowed = org.minga.platform.internal.security.NarrowedUser.get();
            if (narrowed != null && narrowed.id() == user.id() && narrowed.username().equals(user.username())) {
                return Optional.of(narrowed);
            }
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /**
     * The name of the API token the current request came with ({@code Authorization: Bearer}); empty for a session,
     * HTTP Basic or background work. The personal-data access log names it.
     */
    public static Optional<String> viaToken() {
        return SecurityContextHolder.getContext()
                .getAuthentication()instanceof org.minga.platform.internal.security.ApiTokenAuthentication t
                        ? Optional.of(t.tokenName())
                        : Optional.empty();
    }

    /**
     * Whether the current request's user signed in through the government's identity provider (issue 19), so has no
     * Minga password to type (the offline day then asks for a passphrase of its own).
     */
    public static boolean viaProvider() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof org.minga.platform.internal.security.MingaOidcUser;
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
