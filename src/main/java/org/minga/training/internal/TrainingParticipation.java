package org.minga.training.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.household.Households;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.UserAccounts;
import org.minga.platform.ValidationException;
import org.minga.training.internal.TrainingViews.ParticipantRow;
import org.minga.training.internal.domain.Diversity;
import org.minga.training.internal.domain.Participant;
import org.minga.training.internal.domain.ParticipantCompleted;
import org.minga.training.internal.domain.TrainingProgramme;
import org.minga.training.internal.domain.TrainingSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convocation, attendance, evaluation and completion of a programme's participants: officials by their user name,
 * community agents as persons of the household module (its public API checks that the user may use the person's
 * data). Completion publishes {@link ParticipantCompleted}; the capacities held follow from it.
 */
@Service
@RequiredArgsConstructor
class TrainingParticipation {

    /**
     * Who to enrol: a person (a community agent, by id) or an official (by user name, with the name the certificate
     * carries and, optionally, what they declare of their diversity).
     */
    record EnrolCommand(Long personId, String username, String name, String sex, String ethnicity, String ageGroup,
            Boolean disability, String genderIdentity) {
    }

    /** An attendance: the participant, or the person or the user name of one (enrolled at once when not yet). */
    record AttendCommand(Long participantId, Long personId, String username, String name, Integer satisfaction) {
    }

    record AssessCommand(BigDecimal scoreBefore, BigDecimal scoreAfter) {
    }

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TrainingPlanning planning;
    private final ParticipantRepository participants;
    private final TrainingSessionRepository sessions;
    private final TrainingReadModel read;
    private final Households households;
    private final UserAccounts users;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    @Transactional
    long enrol(long programmeId, EnrolCommand c, CurrentUser user) {
        TrainingProgramme p = planning.managed(programmeId, user);
        return enrol(p, c, user).id().value();
    }

    private Participant enrol(TrainingProgramme p, EnrolCommand c, CurrentUser user) {
        LocalDate today = today(p);
        Participant participant;
        if (c.personId() != null) {
            Households.PersonRef person = households.requireUsablePerson(c.personId(), user);
            if (person.jurisdictionId() != p.jurisdictionId()) {
                throw new ValidationException("personId", "La persona es de otra jurisdicción.");
            }
            Households.PersonFacts f = households.facts(person.id()).orElseThrow();
            participant = Participant.enrol(p, new Participant.Who(person.id(), null, person.displayName(),
                    person.territoryPath()),
                    new Diversity(f.sex(), blank(f.genderIdentity()), blank(f.ethnicity()),
                            Diversity.ageGroup(f.birthDate(), today), f.disability()));
        } else if (c.username() != null && !c.username().isBlank()) {
            long userId = users.idOf(c.username().strip()).orElseThrow(() -> new ValidationException("username",
                    "No existe el usuario «" + c.username().strip() + "»."));
            String sex = blank(c.sex());
            if (sex != null && !sex.matches("[FMI]")) {
                throw new ValidationException("sex", "El sexo se indica F, M o I.");
            }
            participant = Participant.enrol(p, new Participant.Who(null, userId,
                    blank(c.name()) == null ? c.username().strip() : c.name().strip(), null),
                    new Diversity(sex, blank(c.genderIdentity()), blank(c.ethnicity()), blank(c.ageGroup()),
                            c.disability()));
        } else {
            throw new ValidationException("personId",
                    "Indique la persona (agente comunitario) o el usuario (funcionario).");
        }
        try {
            Participant saved = participants.save(participant);
            audit.record("ENROL", "TrainingParticipant", saved.id().value(), p.jurisdictionId(),
                    "Inscripción en el programa " + p.code(), null, null);
            return saved;
        } catch (DuplicateKeyException e) {
            throw new ValidationException(c.personId() != null ? "personId" : "username",
                    participant.name() + " ya está inscrito en el programa " + p.code() + ".");
        }
    }

    /** Records an attendance at a session, enrolling the person or official first when they were not. */
    @Transactional
    void attend(long sessionId, AttendCommand c, CurrentUser user) {
        TrainingSession s = sessions.findById(sessionId)
                .orElseThrow(() -> new NotFoundException("La sesión " + sessionId + " no existe."));
        TrainingProgramme p = planning.managed(s.programmeId(), user);
        Participant who = c.participantId() != null ? participant(c.participantId(), p)
                : existingOrEnrolled(p, c, user);
        s.attend(p, who, c.satisfaction());
        sessions.save(s);
    }

    private Participant existingOrEnrolled(TrainingProgramme p, AttendCommand c, CurrentUser user) {
        Long id = read.participantOf(p.id().value(), c.personId(),
                c.username() == null || c.username().isBlank() ? null
                        : users.idOf(c.username().strip()).orElse(null))
                .orElse(null);
        if (id != null) {
            if (c.personId() != null) {
                households.requireUsablePerson(c.personId(), user);
            }
            return participants.findById(id).orElseThrow();
        }
        return enrol(p, new EnrolCommand(c.personId(), c.username(), c.name(), null, null, null, null, null), user);
    }

    /** The participants of a programme in enrolment order (the demo data). */
    List<Long> participantsOf(long programmeId) {
        return read.participantIds(programmeId);
    }

    private Participant participant(long id, TrainingProgramme p) {
        Participant x = participants.findById(id)
                .orElseThrow(() -> new NotFoundException("El participante " + id + " no existe."));
        if (x.programmeId() != p.id().value()) {
            throw new ValidationException("participantId", "La persona no participa en el programa de esta sesión.");
        }
        return x;
    }

    @Transactional
    void assess(long participantId, AssessCommand c, CurrentUser user) {
        Participant x = participants.findById(participantId)
                .orElseThrow(() -> new NotFoundException("El participante " + participantId + " no existe."));
        planning.managed(x.programmeId(), user);
        x.assess(c.scoreBefore(), c.scoreAfter());
        participants.save(x);
    }

    /** Completes the participant when the programme's rule is met: a certificate code, and the capacities held. */
    @Transactional
    ParticipantRow complete(long participantId, CurrentUser user) {
        Participant x = participants.findById(participantId)
                .orElseThrow(() -> new NotFoundException("El participante " + participantId + " no existe."));
        TrainingProgramme p = planning.managed(x.programmeId(), user);
        int[] attendance = read.attendance(participantId);
        ParticipantCompleted done = x.complete(p, attendance[0], attendance[1], today(p), newCode());
        participants.save(x);
        events.publishEvent(done);
        audit.record("COMPLETE", "TrainingParticipant", participantId, p.jurisdictionId(),
                "Completó el programa " + p.code() + " (certificado " + x.certificateCode() + ")", null, null);
        return read.participant(participantId).orElseThrow();
    }

    private LocalDate today(TrainingProgramme p) {
        return LocalDate.now(jurisdictions.byId(p.jurisdictionId()).orElseThrow().zoneId());
    }

    /** A verification code nobody guesses: 12 letters and digits of an alphabet without look-alikes (60 bits). */
    static String newCode() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return b.toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
