package org.minga.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.minga.privacy.PersonalRecord;

/** The commands and views of care routes and their applications to a person. */
final class CareRouteViews {

    private CareRouteViews() {
    }

    record StepCommand(String name, String description, Long actorId, String actorCode, Long serviceId,
            Integer maxDays, String conditions) {
        StepCommand(String name, String description, Long actorId, String actorCode, Long serviceId,
                Integer maxDays) {
            this(name, description, actorId, actorCode, serviceId, maxDays, null);
        }
    }

    /** A route as defined or revised; {@code version} is the one read, when revising (optional). */
    record RouteCommand(String code, String name, String description, String needCategory, List<StepCommand> steps,
            Integer version) {
        RouteCommand(String code, String name, String description, String needCategory, List<StepCommand> steps) {
            this(code, name, description, needCategory, steps, null);
        }
    }

    record StepView(long id, int position, String name, String description, long actorId, String actorCode,
            String actorName, Long serviceId, String serviceName, int maxDays, String conditions) {
    }

    /** A version of a route: when and by whom it was made. */
    record VersionView(int number, String name, String createdBy, Instant createdAt) {
    }

    /**
     * A route as of its version {@code routeVersion} (the one in force, {@code currentVersion}, unless an earlier one
     * was asked for), with the list of its versions.
     */
    record RouteView(long id, String jurisdictionCode, String code, String name, String description,
            String needCategory, String needLabel, boolean active, List<StepView> steps, int version,
            int routeVersion, int currentVersion, List<VersionView> versions, Standing standing) {
        @JsonProperty
        public int totalDays() {
            return steps.stream().mapToInt(StepView::maxDays).sum();
        }
    }

    /**
     * Whether the route is proposed or in force, the population and territory it serves (optional), and the community
     * priority it was proposed from: its title kept at the time, its page when it still exists.
     */
    record Standing(String status, String statusLabel, String population, String populationLabel, Long territoryId,
            String territoryName, String originKind, Long originId, String originTitle, String originHref,
            String proposedBy, String approvedBy) {
        @JsonProperty
        public boolean proposed() {
            return "PROPOSED".equals(status);
        }
    }

    /**
     * A route proposed from a community priority ({@code priority}: {@code community-priority:id} or the id): the
     * route's fields, prefilled in the page from the priority; population and territory may be left to the priority.
     */
    record ProposalCommand(String priority, String code, String name, String description, String needCategory,
            String population, Long territoryId, List<StepCommand> steps) {
    }

    /** What a priority gives a proposed route: the priority itself, name, population and territory, what it says. */
    record Prefill(String priority, String title, String detail, String href, String name, String population,
            Long territoryId, String territoryName, List<org.minga.platform.LinkTargets.Figure> figures) {
    }

    record ApplyCommand(Long personId, String needDescription, String origin, String originReference, String priority,
            Boolean shareAuthorized, String shareEvidence, String ineligibleJustification) {
    }

    record ProgressStep(int position, String stepName, String actorName, Long referralId, String referralCode,
            String status, String statusLabel, LocalDate dueOn, boolean overdue, boolean done) {
    }

    record ApplicationView(long id, long routeId, String routeName, int routeVersion, Long personId,
            String subjectName, String createdBy, Instant createdAt, List<ProgressStep> steps)
            implements
                PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, null);
        }

        @JsonProperty
        public long done() {
            return steps.stream().filter(ProgressStep::done).count();
        }

        @JsonProperty
        public int percent() {
            return steps.isEmpty() ? 0 : (int) (100 * done() / steps.size());
        }
    }
}
