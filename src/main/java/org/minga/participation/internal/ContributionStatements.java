package org.minga.participation.internal;

/** The custom part of {@link ContributionRepository}: moves of a whole group of contributions. */
interface ContributionStatements {

    /** Groups a contribution (and those grouped into it) into {@code main}, taking its action when it has one. */
    void groupInto(long contributionId, long main, Long actionId);

    /** Links a group (its main contribution and those grouped into it) to an improvement action. */
    void linkGroup(long main, long actionId);
}
