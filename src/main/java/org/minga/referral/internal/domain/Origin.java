package org.minga.referral.internal.domain;

import org.minga.platform.Labelled;

/** Where the need of a referral was detected. Its words: {@code enum.Origin.*} in the referral bundles. */
public enum Origin implements Labelled {
    FIELD_VISIT,
    ATTENTION,
    SERVICE_FAIR,
    ALERT,
    BODY,
    VIRTUAL_TERRITORY,
    OTHER;
}
