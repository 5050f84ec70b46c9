package org.minga.participation.internal.domain;

import org.minga.platform.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contribution (aporte): a need, suggestion, complaint or idea heard in a space or a survey, tagged by theme,
 * service, stage and territory, answered, grouped with those that say the same thing and turned into an
 * {@link ImprovementAction}. Grouping and linking move a whole group at once (set-based, in the repository). Mapped by
 * Spring Data JDBC to {@code contribution}.
 */
@Table("contribution")
public class Contribution {

    /** Where a contribution comes from: a space or a survey, in a territory. */
    public record Source(long jurisdictionId, Long spaceId, Long surveyId, long territoryId, String territoryPath) {
    }

    /** What was said, already checked. */
    public record Content(ContributionKind kind, String text, String theme, String serviceName, ServiceStage stage) {
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long jurisdictionId;
    private Long spaceId;
    private Long surveyId;
    private ContributionKind kind;
    private String text;
    private String theme;
    private String serviceName;
    private ServiceStage stage;
    private long territoryId;
    private String territoryPath;
    private Long groupedInto;
    private Long actionId;
    private String answer;
    private String createdBy;

    private Contribution() {
    }

    public static Contribution record(Source s, Content c, String createdBy) {
        Contribution x = new Contribution();
        x.jurisdictionId = s.jurisdictionId();
        x.spaceId = s.spaceId();
        x.surveyId = s.spaceId() == null ? s.surveyId() : null;
        x.territoryId = s.territoryId();
        x.territoryPath = s.territoryPath();
        x.kind = c.kind();
        x.text = c.text();
        x.theme = c.theme();
        x.serviceName = c.serviceName();
        x.stage = c.stage();
        x.createdBy = createdBy;
        return x;
    }

    /** The public answer to what was said, refused when someone else changed the contribution since. */
    public void answer(String text, int readVersion) {
        if (version == null || version != readVersion) {
            throw new ConflictException("El aporte cambió mientras lo editaba: recargue la página.");
        }
        answer = text;
    }

    public ContributionId id() {
        return new ContributionId(id);
    }
}
