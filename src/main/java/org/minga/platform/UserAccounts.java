package org.minga.platform;

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

    /**
     * Who the account is and where it lies (role, jurisdiction, territory), for a module to check whether another
     * user's records are within a reader's scope; never to act as that user. Empty when there is no such account.
     */
    Optional<CurrentUser> account(String username);
}
