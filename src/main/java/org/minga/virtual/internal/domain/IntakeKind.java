package org.minga.virtual.internal.domain;

import org.minga.platform.Labelled;

/** What a moderator brought from a virtual territory into Minga. Its words: {@code enum.IntakeKind.*} in {@code i18n/virtual}. */
public enum IntakeKind implements Labelled {
    CONTRIBUTION,
    REFERRAL;
}
