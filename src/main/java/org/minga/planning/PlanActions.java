package org.minga.planning;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.minga.platform.CurrentUser;

/**
 * Plan actions as other modules see them: which actions a piece of work serves (for the work's own page), and
 * tying or untying a work to an action (the link table is planning's).
 */
public interface PlanActions {

    /** The plan actions a work of kind {@code workKind} (a {@link PlannedWork#kind()}) serves. */
    List<ServedAction> servedBy(String workKind, long workId);

    /** {@link #servedBy} for a page of works at once: each work's id to the actions it serves (none: absent). */
    Map<Long, List<ServedAction>> servedByEach(String workKind, Collection<Long> workIds);

    /**
     * The plan actions an entity (an actor, by id) is responsible for or puts resources in, with the totals of all
     * the action's resources.
     */
    List<ServedAction> ofEntity(long actorId);

    /** Ties the work to the action; the user must be allowed to manage the action's plan. */
    void link(CurrentUser user, long actionId, String workKind, long workId);

    /** Unties the work from the action. */
    void unlink(CurrentUser user, long actionId, String workKind, long workId);

    /** An action a work serves, with its plans' names and its resources' totals in the plan's currency. */
    record ServedAction(long actionId, String code, String name, long actionPlanId, String actionPlanName,
            String planName, String planned, String executed) {
    }
}
