package org.minga.virtual.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.virtual.internal.domain.ReachTrend;
import org.minga.virtual.internal.domain.StewardRole;
import org.minga.virtual.internal.domain.VirtualTerritoryKind;

/** What the virtual-territory pages and the API show. */
final class VirtualViews {

    private VirtualViews() {
    }

    /** A virtual territory in a list, with its latest reach (null before the first measurement). */
    record VirtualTerritoryRow(long id, String code, String name, VirtualTerritoryKind kind, long territoryId,
            Integer members, Integer followers) {
    }

    /** A physical territory a virtual territory reaches. */
    record TerritoryRef(long id, String code, String name) {
    }

    /** An administrator or moderator. */
    record StewardView(String name, StewardRole role) {
    }

    /** The reach on one date and its change since the previous measurement (null for the first). */
    record ReachPoint(LocalDate measuredOn, int members, int followers, Integer membersChange,
            Integer followersChange) {
    }

    /** One virtual territory with everything it says and its reach over time as a trend. */
    record VirtualTerritoryView(long id, long jurisdictionId, String code, String name, VirtualTerritoryKind kind,
            String address, String rules, TerritoryRef territory, List<TerritoryRef> reaches,
            List<String> populationGroups, List<StewardView> stewards, List<ReachPoint> reach, ReachTrend trend) {
    }
}
