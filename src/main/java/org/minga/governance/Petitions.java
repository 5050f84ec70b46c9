package org.minga.governance;

import org.minga.platform.CurrentUser;

/** Petitions as other modules raise them to a body's agenda (a citizen petition or an improvement action). */
public interface Petitions {

    /**
     * Raises a matter from a participation space to a body (the given one, or the local body of the territory);
     * it is audited and the users who run governance over the body are told. Returns the petition id. Throws
     * {@link org.minga.platform.ValidationException} naming the field when the request is invalid.
     */
    long raise(RaisePetition request, CurrentUser user);
}
