package org.minga.practice.internal.domain;

import org.minga.platform.Aggregate;
import org.minga.platform.TextKeys;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A lesson learned (lección aprendida): what happened, what was learned and the recommendation for other entities,
 * from a practice or on its own, in a jurisdiction; published or kept inside. Found by an accent-free search key of
 * its words.
 *
 * <p>Mapped by Spring Data JDBC to {@code practice_lesson}.
 */
@Table("practice_lesson")
public class LessonLearned extends Aggregate<LessonLearned> {

    /** What a lesson says, its shape already checked. */
    public record Content(String title, String whatHappened, String whatLearned, String recommendation,
            boolean published) {
    }

    private long jurisdictionId;
    private Long practiceId;
    private String title;
    private String whatHappened;
    private String whatLearned;
    private String recommendation;
    private boolean published;
    private String searchKey;
    private String createdBy;

    private LessonLearned() {
    }

    public static LessonLearned record(long jurisdictionId, Long practiceId, Content c, String createdBy) {
        LessonLearned l = new LessonLearned();
        l.jurisdictionId = jurisdictionId;
        l.practiceId = practiceId;
        l.title = c.title().strip();
        l.whatHappened = c.whatHappened().strip();
        l.whatLearned = c.whatLearned().strip();
        l.recommendation = c.recommendation().strip();
        l.published = c.published();
        l.searchKey = TextKeys.key(c.title() + " " + c.whatHappened() + " " + c.whatLearned() + " "
                + c.recommendation());
        l.createdBy = createdBy;
        return l;
    }

    public String title() {
        return title;
    }
}
