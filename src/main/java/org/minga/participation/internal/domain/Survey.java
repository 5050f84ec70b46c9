package org.minga.participation.internal.domain;

import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A citizen survey (encuesta ciudadana): a designed instrument, opened to responses at a public link and by
 * surveyors, then closed. Its questions live in versions (a new one once the current has responses), kept as JSON by
 * the repository; responses are {@link SurveyResponse}s. Mapped by Spring Data JDBC to {@code survey}.
 */
@Table("survey")
public class Survey extends Aggregate<Survey> {

    /** What a survey is about, already checked. */
    public record Design(String title, String process, String description, long territoryId, String territoryPath,
            boolean anonymous) {
    }

    private long jurisdictionId;
    private String code;
    private String title;
    private String process;
    private String description;
    private long territoryId;
    private String territoryPath;
    private boolean anonymous;
    private SurveyStatus status;
    private String publicToken;
    private String createdBy;

    private Survey() {
    }

    /** A new survey, a draft, with the unguessable token of its public link. */
    public static Survey design(long jurisdictionId, String code, Design d, String publicToken, String createdBy) {
        Survey s = new Survey();
        s.jurisdictionId = jurisdictionId;
        s.code = code;
        s.title = d.title();
        s.process = d.process();
        s.description = d.description();
        s.territoryId = d.territoryId();
        s.territoryPath = d.territoryPath();
        s.anonymous = d.anonymous();
        s.status = SurveyStatus.DRAFT;
        s.publicToken = publicToken;
        s.createdBy = createdBy;
        return s;
    }

    /** Marks a change of the questions, refused when someone else changed the survey since {@code readVersion}. */
    public void questionsChanged(int readVersion) {
        if (id() == null || version() != readVersion) {
            throw new ConflictException(
                    "La encuesta cambió mientras la editaba (versión " + readVersion + "): recargue la página.");
        }
    }

    /** Opens, closes or returns the survey to draft; a survey without questions cannot be opened. */
    public void moveTo(SurveyStatus next, boolean hasQuestions) {
        if (next == SurveyStatus.OPEN && !hasQuestions) {
            throw new ValidationException("status",
                    "La encuesta no tiene preguntas: agregue al menos una antes de abrirla.");
        }
        status = next;
    }

    /** Refuses a response unless the survey is open. */
    public void requireOpen() {
        if (status != SurveyStatus.OPEN) {
            throw new ValidationException("survey", "La encuesta «" + title + "» no está abierta a respuestas.");
        }
    }

}
