package org.minga.platform;

import java.util.Optional;

/** User accounts: creation and look-up for other modules and for the demo data. */
public interface UserAccounts {

    /** Creates an account; the password is hashed, the change audited. */
    long create(NewUser user);

    Optional<Long> idOf(String username);
}
