package org.minga.participation.internal;

import org.minga.platform.LinkTargetQueries;
import org.minga.platform.LinkTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Citizen dialogues as records another module may link to (a toolbox item of training is used by one): found by
 * title, code or process, resolved to their page. Workshops are not dialogues and are not offered.
 */
@Component
record DialogueLinkQueries(JdbcClient jdbc) {

    @Bean
    LinkTargets dialogueLinks() {
        return new LinkTargetQueries(jdbc, "dialogue", "Diálogo ciudadano", "/participation/spaces/{id}", """
                select s.id, s.jurisdiction_id, s.territory_path, s.title,
                       s.code || ' · ' || s.process || ' · ' || to_char(s.held_on, 'YYYY-MM-DD') as detail
                  from participation_space s
                 where (cast(:j as bigint) is null or s.jurisdiction_id = :j) and s.territory_path like :scope
                   and (cast(:id as bigint) is null or s.id = :id) and s.kind = 'DIALOGUE'
                 order by s.held_on desc, s.id desc""");
    }
}
