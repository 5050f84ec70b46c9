package org.minga.participation;

import org.minga.platform.CurrentUser;

/**
 * Contributions heard in a virtual territory (issue 21): a moderator brings a need or a comment said online into
 * participation, where it is listed, answered, grouped and counted with the others, the virtual territory kept as
 * its origin. Implemented by the participation module; the virtual module has already checked that the user
 * manages the virtual territory.
 */
public interface ChannelContributions {

    /**
     * Records the contribution in the physical territory {@code territoryId} (where the virtual territory is run or
     * one it reaches), with participation's checks (kind, text, theme); a
     * {@link org.minga.platform.ValidationException} names each problem in Spanish.
     */
    Recorded record(Heard heard, CurrentUser user);

    /**
     * What was heard: {@code kind} NEED, SUGGESTION, COMPLAINT or IDEA (code or words), the text and an optional
     * theme, and the virtual territory (id and name) it came from.
     */
    record Heard(long virtualTerritoryId, String channelName, long territoryId, String kind, String text,
            String theme) {
    }

    /** The contribution recorded. */
    record Recorded(long id, String kind) {
    }
}
