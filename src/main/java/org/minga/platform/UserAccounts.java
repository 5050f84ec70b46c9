package org.minga.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** User accounts: creation and look-up for other modules and for the demo data. */
public interface UserAccounts {

    /** Creates an account; the password is hashed, the change audited. */
    long create(NewUser user);

    /**
     * Creates a demo account (demo data only): the password policy is waived so the demo users keep the
     * README's password. Refused unless demo mode is on.
     */
    long createDemoUser(NewUser user);

    Optional<Long> idOf(String username);

    /** The id of the enabled account whose username is exactly {@code username} (case included). */
    Optional<Long> enabledIdOf(String username);

    /** The ids of the accounts (enabled or not) whose usernames are exactly among {@code usernames}, by username. */
    Map<String, Long> idsOf(Collection<String> usernames);

    /** The usernames of the accounts among {@code ids}, by id. */
    Map<Long, String> usernames(Collection<Long> ids);

    /**
     * Who the account is and where it lies (role, jurisdiction, territory), for a module to check whether another
     * user's records are within a reader's scope; never to act as that user. Empty when there is no such account.
     */
    Optional<CurrentUser> account(String username);
}
