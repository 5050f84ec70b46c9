package org.minga.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.minga.privacy.PersonalRecord;

/** The commands the referral pages and API take, and the views each page needs. */
final class ReferralViews {

    private ReferralViews() {
    }

    /** A new referral of a person or a household; the checks that need no look-up are declared here. */
    record ReferralCommand(Long personId, Long householdId, String needCategory,
            @NotBlank(message = "Describa la necesidad detectada.") @Size(max = 4000, message = "La descripción admite 4.000 caracteres.") String needDescription,
            String origin,
            @Size(max = 300, message = "La referencia admite 300 caracteres.") String originReference,
            Long serviceId, Long actorId, String priority, Integer businessDays,
            @Size(max = 2000, message = "La justificación admite 2.000 caracteres.") String ineligibleJustification,
            Boolean shareAuthorized,
            @NotBlank(message = "Indique cómo consta la autorización para compartir los datos (formato firmado, grabación...).") @Size(max = 500, message = "La constancia admite 500 caracteres.") String shareEvidence) {
    }

    /** Where a referral is created from a care route's step: the application, the step and its maximum days. */
    record RouteStep(long applicationId, int position, int maxDays) {
    }

    record TransitionCommand(String to, String reason, String action, String outcome, String nextSteps,
            Integer version) {
    }

    record DelayCommand(@NotEmpty(message = "Seleccione al menos una canalización vencida.") List<Long> referralIds,
            @NotBlank(message = "Indique un título para la barrera.") @Size(max = 300, message = "El título admite 300 caracteres.") String title,
            @NotBlank(message = "Describa por qué el retraso es sistémico.") @Size(max = 4000, message = "La descripción admite 4.000 caracteres.") String description) {
    }

    record Filter(String status, Boolean overdue, Long actorId, String q) {
    }

    /**
     * One referral as its page and the API show it. The parts are flattened in JSON ({@code subjectName},
     * {@code status}...), as the API has always answered.
     */
    record ReferralDetail(long id, String code, long jurisdictionId, @JsonUnwrapped Subject subject,
            @JsonUnwrapped NeedPart need, @JsonUnwrapped AddresseePart addressee,
            @JsonUnwrapped Progress progress, @JsonUnwrapped Answer answer, String createdBy,
            Instant createdAt, int version) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(subject.personId(), jurisdictionId).household(subject.householdId(), jurisdictionId);
        }

        ReferralDetail withSubject(Subject other) {
            return new ReferralDetail(id, code, jurisdictionId, other, need, addressee, progress, answer, createdBy,
                    createdAt, version);
        }
    }

    /**
     * Who is referred. The receiving entity always sees the name and the document (it must identify the person);
     * the contact fields only when the person's authorization covers contact by the receiving entity
     * ({@code contactWithheld} says they were withheld).
     */
    record Subject(Long personId, Long householdId, String subjectName, long territoryId, String territoryName,
            String documentType, String documentNumber, String phone, String email, String address,
            boolean contactWithheld) {

        Subject withContact(String documentType, String documentNumber, String phone, String email, String address,
                boolean withheld) {
            return new Subject(personId, householdId, subjectName, territoryId, territoryName, documentType,
                    documentNumber, phone, email, address, withheld);
        }
    }

    record NeedPart(String needCategory, String needLabel, String needDescription, String origin, String originLabel,
            String originReference, String priority, String priorityLabel) {
    }

    record AddresseePart(Long serviceId, String serviceName, long actorId, String actorName, Boolean eligible,
            String ineligibilityReason, String ineligibleJustification, String shareEvidence) {
    }

    record Progress(String status, String statusLabel, int businessDays, LocalDate createdOn, LocalDate dueOn,
            boolean overdue, Instant sentAt, Instant acceptedAt, Instant attendedAt, Instant closedAt,
            Instant delayReportedAt, Long routeApplicationId, Integer routeStepPosition) {
    }

    record Answer(String rejectionReason, String returnReason, String cancelReason, String counterAction,
            String counterOutcome, String counterNextSteps) {
    }

    record TransitionView(String from, String fromLabel, String to, String toLabel, String note, String byUser,
            String byName, Instant at) {
    }

    /** A line of a list, the inbox or the overdue page. */
    record ReferralRow(long id, String code, String subjectName, String territoryName, String needLabel,
            String serviceName, String actorName, String priority, String priorityLabel, String status,
            String statusLabel, LocalDate dueOn, boolean overdue, boolean delayReported, Instant createdAt,
            Long personId, Long householdId, long jurisdictionId) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, jurisdictionId).household(householdId, jurisdictionId);
        }
    }

    record Figures(String key, String name, long total, long answered, Double answeredShare,
            Double medianDaysToAcceptance, Double medianDaysToAttention, long overdue) {
    }
}
