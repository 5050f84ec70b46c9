package org.minga.actor.internal;

import java.util.List;

import org.minga.actor.ActorSummary;

/** An actor with the territories where it acts, its alliances and its social assets. */
public record ActorDetail(ActorSummary actor, List<TerritoryRef> territories, List<AllianceLine> alliances,
        List<AssetLine> assets, List<ActorLine> children) {

    public record TerritoryRef(long id, String code, String name, String levelName) {
    }

    public record AllianceLine(long id, String name, String contribution, String status) {
    }

    public record AssetLine(long id, String name, String kind) {
    }

    public record ActorLine(long id, String name) {
    }
}
