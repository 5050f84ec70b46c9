package org.minga.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * The secret address of a user's personal calendar feed, for calendar clients that cannot log in: one in force per
 * user, shown once when it is made, kept only as its SHA-256, revoked at once. The feed is read as the user is at each
 * call (role and scope), and stops with a disabled account.
 */
public interface CalendarFeedKeys {

    /** A new secret for the user (the one in force before stops working). */
    String create(CurrentUser user);

    /** Revokes the user's secret in force; answers whether there was one. */
    boolean revoke(CurrentUser user);

    /** When the user's secret in force was made, if there is one. */
    Optional<Instant> inForceSince(long userId);

    /** The user of a secret in force of an enabled account. */
    Optional<CurrentUser> userOf(String secret);
}
