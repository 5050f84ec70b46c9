package org.minga.household.internal.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.minga.household.internal.person.PersonCommand;
import org.minga.privacy.PersonalRecord;

/**
 * What a device sends back from a day worked offline, and what it is answered. Each change carries the id the device
 * gave it; the server applies it once and answers the same to every copy of it.
 */
public final class FieldChanges {

    private FieldChanges() {
    }

    /** The kinds of change a device sends. */
    public enum Kind {
        VISIT, CHARACTERIZATION, PERSON, ACTION_STATUS, ALERT, REFERRAL
    }

    /** What came of a change. Its words: {@code enum.ChangeStatus.*} in the household bundles. */
    public enum ChangeStatus implements org.minga.platform.Labelled {
        APLICADO, CONFLICTO, RECHAZADO, DESCARTADO
    }

    /**
     * A device's changes, in the order they were made; {@code pending} is how many it still holds after these (the
     * supervisor's page shows it).
     */
    public record SyncRequest(String deviceId, Integer pending, List<Change> changes) {
    }

    /**
     * One change of one household. {@code resolves} names a change in conflict that this one replaces (the worker
     * chose a version). Exactly one of the payloads goes with its kind.
     */
    public record Change(UUID id, Kind kind, Long householdId, UUID resolves, VisitPayload visit,
            CharacterizationPayload characterization, PersonCommand person, ActionPayload action, AlertPayload alert,
            ReferralPayload referral, EvidencePayload evidence) {
    }

    /**
     * A visit; {@code nextVisitOn} schedules the household's next one, and {@code seenNextVisitOn} is the date the
     * device had when the day was prepared (someone else changing it meanwhile is a conflict).
     */
    public record VisitPayload(Instant visitedAt, VisitOutcome outcome, String notes, LocalDate nextVisitOn,
            LocalDate seenNextVisitOn) {
    }

    /**
     * Answers to an instrument's version as downloaded; the respondent is a stored person ({@code personId}) or one
     * registered offline by an earlier change ({@code personChange}).
     */
    public record CharacterizationPayload(Long instrumentId, Integer instrumentVersion, Long personId,
            UUID personChange, LocalDate answeredOn, Map<String, Object> answers) {
    }

    /**
     * An alert of the household taken in hand or closed ({@code status}, with its note) from the version and status
     * the device had; an alert closed meanwhile by someone else is a conflict.
     */
    public record AlertPayload(Long alertId, String status, String note, Integer version, String seenStatus) {
    }

    /**
     * A referral drafted offline for a person of the household (a stored one, or one registered offline by an earlier
     * change): the need, the service chosen from the offer cached with the day, and how the person authorized sharing
     * their data with its provider.
     */
    public record ReferralPayload(Long personId, UUID personChange, String needCategory, String needDescription,
            Long serviceId, String shareEvidence) {
    }

    /**
     * The evidence of a new person's authorization taken on the phone: a photo of the signed form or the signature
     * drawn on the screen ({@code mediaType} image/jpeg, image/png or image/webp; {@code data} in base64).
     */
    public record EvidencePayload(String mediaType, String data) {
    }

    /** A care-plan action moved to {@code status} from the version the device had. */
    public record ActionPayload(Long planId, Long actionId, String status, Integer version) {
    }

    /**
     * The answer to one change: its status, what it created (ids, alerts opened), the message for the worker and, for
     * a conflict, the server's version next to the device's.
     */
    public record Answer(UUID id, ChangeStatus status, Map<String, Object> created, String message,
            Map<String, Object> server) {
    }

    public record SyncAnswer(List<Answer> answers) {
    }

    /** A change waiting for its worker to choose a version: what the device said and what the server has. */
    public record Conflict(UUID id, Kind kind, Long householdId, Instant receivedAt, String message,
            Map<String, Object> device, Map<String, Object> server) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(householdId, null);
        }
    }
}
