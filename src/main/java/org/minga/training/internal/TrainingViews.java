package org.minga.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.minga.privacy.PersonalRecord;
import org.minga.training.internal.domain.AssistanceKind;
import org.minga.training.internal.domain.Audience;
import org.minga.training.internal.domain.CapacityKind;
import org.minga.training.internal.domain.Modality;
import org.minga.training.internal.domain.ParticipantStatus;
import org.minga.training.internal.domain.ProgrammeStatus;
import org.minga.training.internal.domain.ToolboxItemKind;
import org.minga.training.internal.domain.ToolboxLevel;

/** What pages and the API show of the training module: typed records, no entity leaves the module. */
final class TrainingViews {

    private TrainingViews() {
    }

    record ProgrammeRow(long id, long jurisdictionId, String code, String name, Audience audience, Modality modality,
            ProgrammeStatus status, String territoryName, BigDecimal plannedHours, long sessions, long participants,
            long completed) {
    }

    /**
     * A programme; {@code accompanies} is the management moment (text), {@code accompaniedKind} and
     * {@code accompaniedId} the record of another module it accompanies (null when none); {@code territoryId} and
     * {@code territoryPath} are the lead territory, {@code territoryName} the names of all its territories joined and
     * {@code territoryPaths} their paths, the lead one first.
     */
    record ProgrammeView(long id, long jurisdictionId, String code, String name, String objective, Audience audience,
            String accompanies, String accompaniedKind, Long accompaniedId, long territoryId, String territoryName,
            String territoryPath, String responsibleActor, Modality modality, BigDecimal plannedHours,
            BigDecimal budget, int minAttendancePercent, BigDecimal passingScore, ProgrammeStatus status,
            List<String> capacities, List<String> capacityCodes, int version, List<String> territoryPaths,
            List<String> territoryCodes) {

        /** The link as the form's picker submits it ({@code kind:id}), or null. */
        String accompaniedRecord() {
            return accompaniedKind == null ? null : accompaniedKind + ":" + accompaniedId;
        }
    }

    record SessionRow(long id, long programmeId, LocalDate heldOn, BigDecimal hours, String place, String link,
            String facilitators, String materials, long attended, BigDecimal satisfaction) {
    }

    /** A participant as the list shows them to who may read personal data (the read is logged). */
    record ParticipantRow(long id, long jurisdictionId, Long personId, Long userId, String name,
            ParticipantStatus status, long sessionsAttended, BigDecimal scoreBefore, BigDecimal scoreAfter,
            LocalDate completedOn, String certificateCode) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, jurisdictionId);
        }
    }

    /** A share of the attendees: {@code count} of them have {@code value} in {@code dimension} ({@code percent} %). */
    record Share(String dimension, String value, long count, BigDecimal percent) {
    }

    /** What the public verification shows: the name and the programme, nothing else about the person. */
    record CertificateView(String code, String name, String programmeCode, String programmeName,
            BigDecimal plannedHours, String jurisdictionName, LocalDate completedOn, long programmeId,
            long jurisdictionId) {

        CertificateView issuedBy(String jurisdiction) {
            return new CertificateView(code, name, programmeCode, programmeName, plannedHours, jurisdiction,
                    completedOn, programmeId, jurisdictionId);
        }
    }

    record CapacityView(long id, String code, String name, CapacityKind kind, List<String> competences) {
    }

    record HoldingRow(String capacityCode, String capacityName, CapacityKind kind, String programmeCode,
            String programmeName, LocalDate acquiredOn) {
    }

    /** A capacity the team's role needs: how many of its members lack it (a gap when more than none). */
    record Gap(String capacityCode, String capacityName, long members, long lacking) {
    }

    record TeamView(long id, String code, String name, Audience audience, int members, List<Gap> gaps) {
    }

    record AssistanceRow(long id, long jurisdictionId, String territoryName, Integer priorityRank, AssistanceKind kind,
            String topic, LocalDate heldOn, String agreements, LocalDate followUpOn, String responsible) {
    }

    /**
     * A toolbox item: {@code uses} are the records that use it (bodies, fairs, dialogues, programmes), linked to their
     * pages; {@code usedByNote} what uses it and is no record (free text).
     */
    record ToolboxRow(long id, String code, String title, ToolboxItemKind kind, ToolboxLevel level, String process,
            String description, String link, int currentVersion, boolean isPublic, List<ToolboxUseView> uses,
            String usedByNote, List<VersionRow> versions) {

        ToolboxRow withUses(List<ToolboxUseView> resolved) {
            return new ToolboxRow(id, code, title, kind, level, process, description, link, currentVersion, isPublic,
                    resolved, usedByNote, versions);
        }
    }

    /**
     * A record that uses a toolbox item: its kind ({@code body}, {@code fair}, {@code dialogue},
     * {@code training-programme}) and id, and, as its owner says, the kind's name, its title, what tells it apart and
     * its page.
     */
    record ToolboxUseView(String kind, long id, String kindLabel, String title, String detail, String href) {
    }

    record VersionRow(int number, LocalDate publishedOn, String changes) {
    }
}
