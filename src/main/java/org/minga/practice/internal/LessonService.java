package org.minga.practice.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.practice.internal.domain.LessonLearned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons learned: records a {@link LessonLearned} (what happened, what was learned, the recommendation), from a
 * practice the user may see or on its own in their jurisdiction, and finds them through {@link LessonReadModel}.
 */
@Service
@RequiredArgsConstructor
class LessonService {

    private final LessonRepository lessons;
    private final LessonReadModel read;
    private final PracticeService practices;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Validator validator;

    @Transactional
    Lesson create(NewLesson cmd, CurrentUser user) {
        Long practiceId = cmd.practiceId();
        GoodPractice practice = practiceId == null ? null : practices.requireVisible(practiceId, user);
        Jurisdiction j;
        if (practice != null) {
            j = jurisdictions.byId(practice.jurisdictionId()).orElseThrow();
        } else if (cmd.jurisdiction() != null && !cmd.jurisdiction().isBlank()) {
            j = jurisdictions.requireVisible(cmd.jurisdiction().strip(), user);
        } else if (user.jurisdictionId() != null) {
            j = jurisdictions.byId(user.jurisdictionId()).orElseThrow();
        } else {
            throw new ValidationException("jurisdiction", "Elija la jurisdicción de la lección aprendida.");
        }
        if (!PracticeService.canAuthor(user, j.id())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no registra lecciones aprendidas.");
        }
        List<FieldError> errors = Violations.of(validator, cmd);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LessonLearned lesson = lessons.save(LessonLearned.record(j.id(), practiceId,
                new LessonLearned.Content(cmd.title(), cmd.whatHappened(), cmd.whatLearned(), cmd.recommendation(),
                        Boolean.TRUE.equals(cmd.published())),
                user.username()));
        long id = lesson.id().value();
        audit.record("CREATE", "practice_lesson", id, j.id(), "Lección aprendida «" + lesson.title() + "»", null,
                Map.of("title", lesson.title(), "practice", practiceId == null ? "" : practiceId));
        return require(id);
    }

    Lesson require(long id) {
        return read.byId(id)
                .orElseThrow(() -> new NotFoundException("La lección aprendida " + id + " no existe."));
    }

    Lesson requireVisible(long id, CurrentUser user) {
        Lesson l = require(id);
        if (!AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, l.jurisdictionId())) {
            throw new NotFoundException("La lección aprendida " + id + " no existe o no está en su alcance.");
        }
        return l;
    }

    List<Lesson> ofPractice(long practiceId, boolean publishedOnly) {
        return read.ofPractice(practiceId, publishedOnly);
    }

    PageResult<Lesson> list(Long jurisdictionId, boolean publishedOnly, String q, PageRequest page) {
        return read.list(jurisdictionId, publishedOnly, q, page);
    }

    record NewLesson(String jurisdiction, Long practiceId,
            @NotBlank(message = "El título de la lección es obligatorio.") @Size(max = 300, message = "El texto admite hasta 300 caracteres.") String title,
            @NotBlank(message = "Cuente qué pasó.") @Size(max = 20000, message = TOO_LONG) String whatHappened,
            @NotBlank(message = "Escriba qué se aprendió.") @Size(max = 20000, message = TOO_LONG) String whatLearned,
            @NotBlank(message = "Escriba la recomendación para otras entidades.") @Size(max = 20000, message = TOO_LONG) String recommendation,
            Boolean published) {

        static final String TOO_LONG = "El texto admite hasta 20000 caracteres.";
    }

    record Lesson(long id, long jurisdictionId, String jurisdictionName, Long practiceId, String practiceTitle,
            String title, String whatHappened, String whatLearned, String recommendation, boolean published,
            String createdBy, OffsetDateTime createdAt, int version) {
    }
}
