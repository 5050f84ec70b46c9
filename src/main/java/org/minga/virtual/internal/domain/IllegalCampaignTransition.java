package org.minga.virtual.internal.domain;

import org.minga.platform.ConflictException;

/** A move the campaign's or piece's state does not allow, told in Spanish (409). */
public class IllegalCampaignTransition extends ConflictException {

    private static final long serialVersionUID = 1L;

    public IllegalCampaignTransition(String message) {
        super(message);
    }
}
