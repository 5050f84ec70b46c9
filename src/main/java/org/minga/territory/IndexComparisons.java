package org.minga.territory;

import java.util.List;

import org.minga.platform.CurrentUser;

/** Saved prioritisation runs compared across years, for modules that report before and after (the situation room). */
public interface IndexComparisons {

    /**
     * The runs side by side, each one a run the user may see; a {@link org.minga.platform.ValidationException} on
     * {@code runs} when fewer than two, too many, or not of the same method.
     */
    RunComparison compare(List<Long> runIds, CurrentUser user);
}
