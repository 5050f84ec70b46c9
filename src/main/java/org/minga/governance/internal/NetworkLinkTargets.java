package org.minga.governance.internal;

import java.util.List;
import java.util.Optional;

import org.minga.governance.internal.domain.Network;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.LinkTargets;
import org.minga.platform.LinkTargets.Target;
import org.minga.platform.Named;
import org.minga.platform.RecordLinks;
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

    private RecordLinks links() {
        return new RecordLinks(targets, "link", NetworkLinks.WHAT);
    }

    /** The assets of the user's territories, the services and care routes of their jurisdiction, matching the words. */
    @Bean
    Choices networkLinkChoices() {
        return links().picker("network-links", Capability.RUN_GOVERNANCE,
                u -> access.policy().scope(u, Capability.RUN_GOVERNANCE));
    }

    /** The record of that kind and id in the jurisdiction, when it (still) exists there. */
    Optional<Target> resolve(String kind, long id, long jurisdictionId) {
        return links().resolve(kind, id, jurisdictionId);
    }

    /** The records a name typed without the picker names in the jurisdiction: its exact title, else the one found. */
    Named<Target> named(String typed, long jurisdictionId) {
        return links().named(typed, jurisdictionId);
    }

    /** The record of the kind in the jurisdiction whose code (detail) carries {@code code}: for the demo. */
    Optional<Target> byCode(long jurisdictionId, String kind, String code) {
        return links().demoTarget(jurisdictionId, kind, code);
    }

    /** How people read the kind: «Servicio», «Ruta de atención». */
    String label(String kind) {
        return links().label(kind);
    }
}
