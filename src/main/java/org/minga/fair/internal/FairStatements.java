package org.minga.fair.internal;

import org.minga.fair.internal.domain.AllyContribution;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.minga.fair.internal.domain.FairAttendance;

/**
 * The custom statements of {@link FairRepository}: the rows a fair gathers one at a time, from many people at once
 * (participants, stands, checklist tasks, lessons) and the registrations at its stands, stored once by the
 * device's UUID however many times the offline queue sends them.
 */
interface FairStatements {

    /** A participating entity or ally, as added by the planners. */
    record NewParticipant(long actorId, String actorName, String kind, String stand, Integer staffCount,
            AllyContribution contribution, String detail) {
    }

    /** A registration at a stand: who was attended, by which entity, and the person's facts on the fair's day. */
    record NewRegistration(UUID uuid, long fairId, long jurisdictionId, long personId, long actorId, Integer age,
            String sex, String populationGroups, Integer satisfaction, String registeredBy) {
    }

    /** The alistamiento checklist a new fair starts with, every task pending. */
    void addChecklist(long fairId, List<String> items);

    long addParticipant(long fairId, NewParticipant p);

    void addStand(long fairId, long serviceId, String serviceName, long actorId);

    /** A task at the end of the checklist; answers its id. */
    long addTask(long fairId, String name, String owner);

    /** Answers whether the task still had {@code version} (0: someone else changed it meanwhile). */
    int updateTask(long taskId, String owner, String status, int version);

    long addLesson(long fairId, String text, String recordedBy);

    /** Stores a registration; empty when one with its UUID is already stored. */
    Optional<Long> addRegistration(NewRegistration r);

    /** The services a person received at the stand, one attendance each. */
    void addAttendances(long registrationId, long fairId, FairAttendance attendance, String actorName);

    void linkReferral(long registrationId, long referralId, String referralCode);

    /** Records that a community record fed the fair in a role; empty when it already did. */
    Optional<Long> addCommunityInput(long fairId, String role, String kind, long recordId, String addedBy);

    /** Answers how many rows went: 0 when the input is not the fair's. */
    int removeCommunityInput(long fairId, long inputId);
}
