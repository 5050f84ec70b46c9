package org.minga.actor;

import java.util.Collection;
import java.util.List;

/**
 * The contact people of actors who accepted invitations by e-mail (issue 21: campaigns reach "the people and actors
 * who accepted that channel"). Each read is written on the personal-data access log; an unsubscribe withdraws the
 * acceptance.
 */
public interface ActorEmailContacts {

    /** A contact person of an actor who accepts invitations by e-mail. */
    record EmailContact(long contactId, long actorId, String email) {
    }

    /** The contact people of these actors of a jurisdiction who accept invitations by e-mail now. */
    List<EmailContact> acceptingEmail(long jurisdictionId, Collection<Long> actorIds);

    /** The contact person unsubscribed: their acceptance is withdrawn; false when no such contact person is left. */
    boolean withdrawEmail(long contactId);
}
