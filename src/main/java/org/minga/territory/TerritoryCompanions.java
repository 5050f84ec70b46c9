package org.minga.territory;

import java.util.List;

import org.minga.platform.CurrentUser;

/**
 * What other modules place beside a physical territory on its page in the tree (issue 21: the virtual territories
 * run from it or reaching it). A module declares one bean; territory depends on none of them.
 */
public interface TerritoryCompanions {

    /** The companions of the territory the user may read, in the order to show them. */
    List<Companion> of(TerritoryView territory, CurrentUser user);

    /** One companion: what it is (in the reader's words), its name and its page. */
    record Companion(String kind, String name, String href) {
    }
}
