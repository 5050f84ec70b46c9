package org.minga.virtual.internal.domain;

import java.time.LocalDate;

import org.minga.platform.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a moderator brought from a virtual territory into Minga (issue 21): a participation contribution or the start
 * of a referral, by the other module's id only (the person's data stay there, under its rules), with the campaign or
 * online session it answered when there is one. Counted in the virtual territory's and the campaign's figures.
 */
@Table("virtual_intake")
public class Intake {

    /** Where it was heard: the virtual territory (and its scope path), and the campaign or session it answered. */
    public record Heard(Identity<VirtualTerritory> virtualTerritory, String territoryPath, Long campaignId,
            Long onlineSessionId) {
    }

    @Id
    private Long id;
    private long virtualTerritoryId;
    private String territoryPath;
    private Long campaignId;
    private Long onlineSessionId;
    private IntakeKind kind;
    private long targetId;
    private LocalDate recordedOn;
    private String recordedBy;

    private Intake() {
    }

    public static Intake of(Heard heard, IntakeKind kind, long targetId, LocalDate on, String by) {
        Intake i = new Intake();
        i.virtualTerritoryId = heard.virtualTerritory().value();
        i.territoryPath = heard.territoryPath();
        i.campaignId = heard.campaignId();
        i.onlineSessionId = heard.onlineSessionId();
        i.kind = kind;
        i.targetId = targetId;
        i.recordedOn = on;
        i.recordedBy = by;
        return i;
    }

    public IntakeKind kind() {
        return kind;
    }

    public long targetId() {
        return targetId;
    }
}
