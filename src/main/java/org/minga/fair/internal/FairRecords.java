package org.minga.fair.internal;

import org.minga.fair.internal.domain.AllyContribution;
import org.minga.privacy.PersonalRecord;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Commands and views of the fair module. */
final class FairRecords {

    private FairRecords() {
    }

    /** A fair as the planners state it; its shape checked by Bean Validation, the rest by {@link FairPlanValidation}. */
    record FairForm(String jurisdiction, String code,
            @NotBlank(message = "Indique el nombre de la jornada.") @Size(max = 200, message = "El nombre admite 200 caracteres.") String name,
            @Size(max = 80, message = "El programa admite 80 caracteres.") String program,
            @NotNull(message = "Elija el barrio o vereda de la jornada.") Long territoryId,
            @NotNull(message = "Indique la fecha de la jornada.") LocalDate date,
            @NotNull(message = "Indique la hora de inicio.") LocalTime startsAt,
            @NotNull(message = "Indique la hora de cierre.") LocalTime endsAt,
            @NotBlank(message = "Indique el lugar (por ejemplo, el parque o el salón comunal).") @Size(max = 300, message = "El lugar admite 300 caracteres.") String site,
            @Size(max = 1000, message = "El enfoque admite 1.000 caracteres.") String focus, String status,
            Integer version) {
    }

    record FairView(long id, long jurisdictionId, String code, String name, String program, long territoryId,
            String territoryPath, String territoryName, LocalDate date, LocalTime startsAt, LocalTime endsAt,
            String site, String focus, String status, String statusLabel, int version) {
    }

    record ParticipantForm(Long actorId, String kind, String stand, Integer staffCount, String contribution,
            String detail) {
    }

    record Participant(long id, long actorId, String actorName, String kind, String stand, Integer staffCount,
            AllyContribution contribution, String detail) {
    }

    record Task(long id, int position, String name, String owner, String status, int version) {
    }

    record Lesson(long id, String text, String recordedBy, java.time.Instant recordedAt) {
    }

    /**
     * One registration at a stand: the person (by id, by document, or new with authorization), the entity and
     * the services received, an optional satisfaction answer (1 to 5) and an optional referral.
     * {@code sensitiveAuthorized}: the person expressly authorises sensitive data (a health need), recorded as a
     * consent through privacy's API; a referral of a sensitive need is refused without it.
     */
    record RegistrationCommand(String uuid, Long actorId, List<Long> serviceIds, Long personId, String documentType,
            String documentNumber, String firstName, String lastName, LocalDate birthDate,
            String sex, String populationGroups, String phone, Boolean authorized,
            String authorizationEvidence, Integer satisfaction, String needCategory,
            String needDescription, Long referralServiceId, Boolean shareAuthorized,
            Boolean sensitiveAuthorized) {
    }

    record RegistrationView(long id, String uuid, long fairId, long personId, String personName, long actorId,
            List<String> services, Long referralId, String referralCode,
            boolean alreadyStored) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, null);
        }

    }

    record AttendanceRow(long id, String uuid, long personId, String actorName, String services, Integer age,
            String sex, Long referralId, java.time.Instant registeredAt,
            String registeredBy) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, null);
        }

    }

    /** A community record linked to a fair, as stored: its role and the record, by kind and id. */
    record InputRow(long id, String role, String kind, long recordId) {
    }

    /**
     * A community record that fed the fair's planning or evaluation, as its owner tells it now: title, page and what
     * came out of it (figures and agreements); {@code title} is null when the record no longer exists.
     */
    record CommunityInput(long id, String role, String roleLabel, String kind, String kindLabel, long recordId,
            String title, String detail, String href, List<org.minga.platform.LinkTargets.Figure> figures,
            List<String> agreements) {
    }

    /** A community record to link: {@code role} PLANNING or EVALUATION, {@code record} as {@code kind:id} or its title. */
    record InputCommand(String role, String record) {
    }

    record Count(String label, String detail, long attentions, long people) {
    }

    record Results(long people, long registrations, long attentions, List<Count> byService, List<Count> byEntity,
            List<Count> byAgeGroup, List<Count> bySex, List<Count> byPopulationGroup, long referrals,
            List<Count> referralsByStatus, long satisfactionAnswers, Double satisfactionAverage) {
    }

    record Comparison(long id, String code, String name, String territoryName, LocalDate date, String status,
            String statusLabel, long people, long attentions, long entities, long referrals) {
    }

    record BarrioOption(long territoryId, String name, Integer rank, Double score, LocalDate lastFair) {
    }
}
