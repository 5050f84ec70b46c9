package org.minga.household.internal.board;

import java.util.List;

import org.minga.privacy.PersonalRecord;
import org.minga.territory.TerritoryView;

/** The local management board's views: clusters of households, households, and field teams with their workload. */
final class BoardRecords {

    private BoardRecords() {
    }

    /**
     * The households of one child territory, counted on the server: how many, how many prioritised, how many with an
     * open alert (and with a critical or high one), how many with an active care plan; where to draw it (the
     * territory's centroid, else the mean of its households' coordinates, else the board territory's centroid:
     * {@code approximate}). No household is named: a cluster is a figure.
     */
    record Cluster(long territoryId, String code, String name, long households, long priority, long withAlerts,
            long withSevereAlerts, long withActivePlan, long withoutPlan, Double lat, Double lon,
            boolean approximate) {
    }

    /** One household on the map of a territory without children: personal data, so its showing is logged. */
    record HouseholdPoint(long id, String code, String territoryName, Double lat, Double lon, boolean priority,
            int openAlerts, String maxSeverity, String carePlan, Long fieldTeamId) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(id, null);
        }
    }

    record TeamMember(String name, String role) {
    }

    /** A field team working in the territory: its contact, members and workload there. */
    record TeamOnBoard(long id, String code, String name, String contactPhone, String contactEmail,
            List<TeamMember> members, List<String> territories, long households, long openAlerts,
            long activePlans, long visitsDue, Double lat, Double lon) {
    }

    /**
     * {@code householdsTotal} counts every household of the territory's subtree; {@code householdsWithoutChild} those
     * registered on the territory itself, in none of its children (so in no cluster).
     */
    record Board(TerritoryView territory, List<TerritoryView> ancestry, List<Cluster> clusters,
            List<HouseholdPoint> households, long householdsShown, long householdsTotal, long householdsWithoutChild,
            List<TeamOnBoard> teams, Double lat, Double lon) {
    }
}
