package org.minga.platform.internal.security;

import org.minga.platform.CurrentUser;

/**
 * The signed-in administrator of all jurisdictions narrowed, for one request, to the jurisdiction it asked for
 * ({@code ?jurisdiction=}): set and cleared by the platform's request filter, read by
 * {@link org.minga.platform.CurrentUsers}.
 */
public final class NarrowedUser {

    private static final ThreadLocal<CurrentUser> CURRENT = new ThreadLocal<>();

    private NarrowedUser() {
    }

    public static CurrentUser get() {
        return CURRENT.get();
    }

    public static void set(CurrentUser user) {
        CURRENT.set(user);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
