package org.minga.practice.internal;

import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links Barrios con Bienestar (seed 000) to its 2024 fairs. A live link is checked against its source, so it
 * is added once the fair module's demo fairs exist (they load at 800-849), not with the practices at 700.
 */
@Component
record PracticeFairLinkDemo(EvidenceService evidence, Jurisdictions jurisdictions,
        JdbcClient jdbc) implements DemoDataset {

    private static final CurrentUser SYSTEM = CurrentUser.demoLoader();

    @Override
    public String name() {
        return "practices-fair-link";
    }

    @Override
    public int order() {
        return 850;
    }

    @Override
    public void load() {
        jurisdictions.byCode("54001").ifPresent(cucuta -> jdbc.sql("""
                select id from practice where jurisdiction_id = :j and title ilike '%Barrios con Bienestar%'
                order by id limit 1""")
                .param("j", cucuta.id()).query(Long.class).optional().ifPresent(practiceId -> {
                    boolean exists = !evidence.isLive(LinkType.FAIR)
                            || evidence.figures(LinkType.FAIR, cucuta.id(), "barrios-con-bienestar-2024").isPresent();
                    if (exists) {
                        evidence.add(practiceId, null, cucuta.id(), "fair", "barrios-con-bienestar-2024",
                                "9 jornadas Barrios con Bienestar del primer semestre de 2024", SYSTEM);
                    }
                }));
    }
}
