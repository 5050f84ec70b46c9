package org.minga.governance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minga.governance.internal.domain.Network;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.platform.CurrentUser;
import org.minga.platform.LinkTargets;
import org.minga.platform.LinkTargets.Target;
import org.minga.platform.Named;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What a network may tie together: the social assets, services and care routes of its jurisdiction, as their owner
 * modules offer them ({@link LinkTargets}: governance reads none of their tables). The network page's picker
 * ({@code /choices/network-links}) submits {@code kind:id}; a stored link resolves to the record's title and page.
 */
@Component
record NetworkLinkTargets(List<LinkTargets> targets, Access access) {

    NetworkLinkTargets {
        targets = targets.stream().filter(t -> Network.LINK_KINDS.contains(t.kind())).toList();
    }

    @Bean
    Choices networkLinkChoices() {
        return Choices.of("network-links", this::choices, Capability.RUN_GOVERNANCE);
    }

    /** The assets of the user's territories, the services and care routes of their jurisdiction, matching the words. */
    List<Choice> choices(String query, CurrentUser user, int limit) {
        AccessScope scope = access.policy().scope(user, Capability.RUN_GOVERNANCE);
        List<Choice> found = new ArrayList<>();
        for (LinkTargets kind : targets) {
            kind.find(query, scope, limit).forEach(t -> found.add(new Choice(t.kind() + ":" + t.id(), t.title(),
                    kind.label() + " · " + t.detail())));
        }
        return found.stream().limit(limit).toList();
    }

    /** The record of that kind and id in the jurisdiction, when it (still) exists there. */
    Optional<Target> resolve(String kind, long id, long jurisdictionId) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst()
                .flatMap(t -> t.byId(jurisdictionId, id));
    }

    /** The records a name typed without the picker names in the jurisdiction: its exact title, else the one found. */
    Named<Target> named(String typed, long jurisdictionId) {
        List<Target> all = new ArrayList<>();
        targets.forEach(k -> all.addAll(k.find(typed, AccessScope.jurisdiction(jurisdictionId), 50)));
        List<Target> exact = all.stream().filter(t -> t.title().equalsIgnoreCase(typed)).toList();
        return new Named<>(typed, exact.isEmpty() && all.size() == 1 ? all : exact, all,
                t -> t.title() + " (" + label(t.kind()) + ")");
    }

    /** The first record of the kind in the jurisdiction whose code (detail) is {@code code}: for the demo. */
    Optional<Target> byCode(long jurisdictionId, String kind, String code) {
        return targets.stream().filter(t -> t.kind().equals(kind)).findFirst().stream()
                .flatMap(t -> t.find(code, AccessScope.jurisdiction(jurisdictionId), 50).stream())
                .filter(t -> t.detail() != null && t.detail().startsWith(code)).findFirst();
    }

    /** How people read the kind: «Servicio», «Ruta de atención». */
    String label(String kind) {
        return targets.stream().filter(t -> t.kind().equals(kind)).map(LinkTargets::label).findFirst().orElse(kind);
    }
}
