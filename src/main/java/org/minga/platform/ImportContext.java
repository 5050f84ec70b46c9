package org.minga.platform;

import java.util.function.IntConsumer;

/**
 * Who imports into which jurisdiction. {@code progress} takes the number of rows processed so far in the
 * current phase; the framework shows it as the import's progress.
 */
public record ImportContext(CurrentUser user, Jurisdiction jurisdiction, IntConsumer progress) {

    public void progress(int processed) {
        progress.accept(processed);
    }

    /** The message of {@link ImportValidation#refused} when the jurisdiction is outside the user's reach. */
    public String outOfReach() {
        return "La jurisdicción " + jurisdiction.name() + " está fuera de su alcance.";
    }
}
