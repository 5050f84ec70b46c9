package org.minga.household;

import java.util.List;

/**
 * What other modules add to a person's page, for modules household must not depend on (training depends on
 * household): each implementation returns its sections of the person, the page shows them under their titles. The
 * page is already a logged read of the person's record.
 */
public interface PersonPageSections {

    /**
     * A titled list of lines about the person: {@code titleKey} and {@code emptyKey} (shown when there is no line)
     * are message keys of the implementing module's bundles.
     */
    record Section(String titleKey, List<String> lines, String emptyKey) {
    }

    List<Section> sectionsOf(long personId);
}
