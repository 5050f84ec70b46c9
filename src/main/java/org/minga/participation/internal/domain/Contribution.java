package org.minga.participation.internal.domain;

import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contribution (aporte): a need, suggestion, complaint or idea heard in a space or a survey, tagged by theme,
 * service, stage and territory, answered, grouped with those that say the same thing and turned into an
 * {@link ImprovementAction}. Grouping and linking move a whole group at once (set-based, in the repository). Mapped by
 * Spring Data JDBC to {@code contribution}.
 */
@Table("contribution")
public class Contribution extends Aggregate<Contribution> {

    /** Where a contribution comes from: a space or a survey, in a territory. */
    public record Source(long jurisdictionId, Long spaceId, Long surveyId, long territoryId, String territoryPath) {
    }

    /** The virtual territory a contribution was heard in (issue 21): its id and its name at the time. */
    public record Channel(long virtualTerritoryId, String name) {
    }

    /** What was said, already checked. */
    public record Content(ContributionKind kind, String text, String theme, String serviceName, ServiceStage stage) {
    }

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
    private Long virtualTerritoryId;
    private String origin;

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

    /** A contribution heard in a virtual territory, which stays its origin. */
    public static Contribution heardIn(Channel channel, Source s, Content c, String createdBy) {
        Contribution x = record(new Source(s.jurisdictionId(), null, null, s.territoryId(), s.territoryPath()), c,
                createdBy);
        x.virtualTerritoryId = channel.virtualTerritoryId();
        x.origin = channel.name();
        return x;
    }

    /** The public answer to what was said, refused when someone else changed the contribution since. */
    public void answer(String text, int readVersion) {
        if (id() == null || version() != readVersion) {
            throw new ConflictException("El aporte cambió mientras lo editaba: recargue la página.");
        }
        answer = text;
    }

}
