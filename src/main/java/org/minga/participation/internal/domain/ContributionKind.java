package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** What a contribution is: a need, a suggestion, a complaint or an idea. Its words: {@code enum.ContributionKind.*} in the participation bundles. */
public enum ContributionKind implements Labelled {
    NEED, SUGGESTION, COMPLAINT, IDEA
}
