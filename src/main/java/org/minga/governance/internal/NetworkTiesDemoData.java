package org.minga.governance.internal;

import java.util.List;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.LinkTargets.Target;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What Suba's network ties together: the Biblioteca Pública Julio Mario Santo Domingo, the comedores comunitarios and
 * the economic support of older persons (attended at the Subdirección Local de Integración Social de Suba) and the
 * food security care route. After the care routes exist (referral's dataset), so apart from the governance one.
 */
@Component
record NetworkTiesDemoData(Jurisdictions jurisdictions, NetworkLinks links, NetworkLinkTargets targets,
        JdbcClient jdbc) implements DemoDataset {

    static final CurrentUser DEMO = CurrentUser.demoLoader();

    /** The records tied, as kind and code. */
    static final List<List<String>> TIES = List.of(List.of("social-asset", "BIBLIOTECA-SUBA"),
            List.of("service", "COMEDORES"), List.of("service", "APOYO-PERSONA-MAYOR"),
            List.of("care-route", "RUTA-SAN"));

    @Override
    public String name() {
        return "bogota-network-ties";
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    public void load() {
        Optional<Jurisdiction> j = jurisdictions.byCode("11001");
        if (j.isEmpty()) {
            return;
        }
        Optional<Long> network = jdbc.sql("select id from gov_network where jurisdiction_id = :j and code = 'RED-SUBA'")
                .param("j", j.get().id()).query(Long.class).optional();
        if (network.isEmpty()) {
            return;
        }
        for (List<String> tie : TIES) {
            Optional<Target> t = targets.byCode(j.get().id(), tie.get(0), tie.get(1));
            if (t.isPresent()) {
                int version = jdbc.sql("select version from gov_network where id = :id").param("id", network.get())
                        .query(Integer.class).single();
                links.tie(network.get(), new NetworkLinks.LinkForm(t.get().kind(), t.get().id(), null, version),
                        DEMO);
            }
        }
    }
}
