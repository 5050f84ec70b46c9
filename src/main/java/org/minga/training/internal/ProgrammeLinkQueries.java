package org.minga.training.internal;

import org.minga.platform.LinkTargetQueries;
import org.minga.platform.LinkTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training programmes as records a link may name (a toolbox item is used by one), by name or code, resolved to their
 * page; offered through the platform's {@link LinkTargets} like the other modules' records.
 */
@Component
record ProgrammeLinkQueries(JdbcClient jdbc) {

    @Bean
    LinkTargets trainingProgrammeLinks() {
        return new LinkTargetQueries(jdbc, "training-programme", "Programa de formación", "/training/programmes/{id}",
                """
                        select p.id, p.jurisdiction_id, p.territory_path, p.name as title, p.code as detail
                          from training_programme p
                         where (cast(:j as bigint) is null or p.jurisdiction_id = :j)
                           and exists (select 1 from training_programme_territory pt
                                        where pt.programme_id = p.id and pt.territory_path like :scope)
                           and (cast(:id as bigint) is null or p.id = :id)
                         order by p.id desc""");
    }
}
