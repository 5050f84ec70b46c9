package org.minga.referral.internal.domain;

import org.minga.platform.ConflictException;
import org.minga.platform.Labelled;

/**
 * Whether a care route is only proposed (from a community priority, until the owner of the jurisdiction's routes
 * approves it) or in force (applied to people). Its words: {@code enum.RouteStatus.*} in the referral bundles.
 */
public enum RouteStatus implements Labelled {
    PROPOSED, IN_FORCE;

    /** The status after approval; a route already in force is not approved again. */
    public RouteStatus approve(String routeName) {
        if (this != PROPOSED) {
            throw new ConflictException("La ruta " + routeName + " ya está vigente: no hay propuesta que aprobar.");
        }
        return IN_FORCE;
    }

    /** Refuses applying a route that is only proposed: a person is put on a route in force. */
    public void requireApplicable(String routeName) {
        if (this == PROPOSED) {
            throw new ConflictException("La ruta " + routeName
                    + " es una propuesta: se aplica a personas cuando su responsable la apruebe.");
        }
    }
}
