package org.minga.household.internal.shared;

import org.minga.platform.ConflictException;

/**
 * An aggregate of the household module refused a change its current state does not allow (an alert closed twice,
 * an action changed on a closed care plan...). Shown as a conflict (409 in the API, a message on the page).
 */
public class StateTransitionRefused extends ConflictException {

    public StateTransitionRefused(String message) {
        super(message);
    }
}
