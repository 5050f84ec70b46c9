package org.minga.practice.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lessons learned: what happened, what was learned, the recommendation; linked to practices and records. */
@Service
class LessonService {

    private static final String COLUMNS = """
            l.id, l.jurisdiction_id, j.name as jurisdiction_name, l.practice_id, p.title as practice_title, l.title,
            l.what_happened, l.what_learned, l.recommendation, l.published, l.created_by, l.created_at, l.version""";
    private static final String FROM = " from practice_lesson l join jurisdiction j on j.id = l.jurisdiction_id"
            + " left join practice p on p.id = l.practice_id";

    private final JdbcClient jdbc;
    private final PracticeService practices;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;

    LessonService(JdbcClient jdbc, PracticeService practices, Jurisdictions jurisdictions, AuditLog audit) {
        this.jdbc = jdbc;
        this.practices = practices;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    @Transactional
    Lesson create(NewLesson cmd, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        Long practiceId = cmd.practiceId();
        Practice practice = practiceId == null ? null : practices.requireVisible(practiceId, user);
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
        require(cmd.title(), "title", "El título de la lección es obligatorio.", 300, errors);
        require(cmd.whatHappened(), "whatHappened", "Cuente qué pasó.", 20000, errors);
        require(cmd.whatLearned(), "whatLearned", "Escriba qué se aprendió.", 20000, errors);
        require(cmd.recommendation(), "recommendation", "Escriba la recomendación para otras entidades.", 20000,
                errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into practice_lesson (jurisdiction_id, practice_id, title, what_happened, what_learned,
                    recommendation, published, search_key, created_by)
                values (:j, :p, :t, :h, :l, :r, :pub, :k, :u) returning id""")
                .param("j", j.id()).param("p", practiceId).param("t", cmd.title().strip())
                .param("h", cmd.whatHappened().strip()).param("l", cmd.whatLearned().strip())
                .param("r", cmd.recommendation().strip()).param("pub", Boolean.TRUE.equals(cmd.published()))
                .param("k", TextKeys.key(cmd.title() + " " + cmd.whatHappened() + " " + cmd.whatLearned() + " "
                        + cmd.recommendation()))
                .param("u", user.username()).query(Long.class).single();
        audit.record("CREATE", "practice_lesson", id, j.id(), "Lección aprendida «" + cmd.title().strip() + "»", null,
                Map.of("title", cmd.title().strip(), "practice", practiceId == null ? "" : practiceId));
        return require(id);
    }

    private static void require(String value, String field, String message, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "El texto admite hasta " + max + " caracteres."));
        }
    }

    Lesson require(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where l.id = :id").param("id", id).query(Lesson.class).optional()
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
        return jdbc.sql("select " + COLUMNS + FROM + " where l.practice_id = :p"
                + (publishedOnly ? " and l.published" : "") + " order by l.created_at, l.id")
                .param("p", practiceId).query(Lesson.class).list();
    }

    PageResult<Lesson> list(Long jurisdictionId, boolean publishedOnly, String q, PageRequest page) {
        String where = " where (cast(:j as bigint) is null or l.jurisdiction_id = :j)"
                + (publishedOnly ? " and l.published and (l.practice_id is null or p.status = 'PUBLICADA')" : "")
                + " and (cast(:q as text) is null or l.search_key like :q)";
        String like = q == null || q.isBlank() ? null : "%" + TextKeys.key(q) + "%";
        long total = jdbc.sql("select count(*)" + FROM + where).param("j", jurisdictionId).param("q", like)
                .query(Long.class).single();
        List<Lesson> items = jdbc.sql("select " + COLUMNS + FROM + where
                + " order by l.created_at desc, l.id desc limit :limit offset :offset")
                .param("j", jurisdictionId).param("q", like).param("limit", page.size()).param("offset", page.offset())
                .query(Lesson.class).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    record NewLesson(String jurisdiction, Long practiceId, String title, String whatHappened, String whatLearned,
            String recommendation, Boolean published) {
    }

    record Lesson(long id, long jurisdictionId, String jurisdictionName, Long practiceId, String practiceTitle,
            String title, String whatHappened, String whatLearned, String recommendation, boolean published,
            String createdBy, OffsetDateTime createdAt, int version) {
    }
}
