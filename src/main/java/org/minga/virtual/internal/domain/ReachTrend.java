package org.minga.virtual.internal.domain;

import java.util.List;

import org.minga.platform.Labelled;

/**
 * Where a virtual territory's reach goes: members and followers of the last measurement against the first. Its
 * words: {@code enum.ReachTrend.*} in {@code i18n/virtual}.
 */
public enum ReachTrend implements Labelled {
    GROWING,
    STEADY,
    SHRINKING,
    UNKNOWN;

    /** The trend of measurements in date order: unknown with fewer than two. */
    public static ReachTrend of(List<ReachMeasurement> inDateOrder) {
        if (inDateOrder.size() < 2) {
            return UNKNOWN;
        }
        ReachMeasurement first = inDateOrder.get(0);
        ReachMeasurement last = inDateOrder.get(inDateOrder.size() - 1);
        int change = Integer.compare(last.members() + last.followers(), first.members() + first.followers());
        return change > 0 ? GROWING : change < 0 ? SHRINKING : STEADY;
    }
}
