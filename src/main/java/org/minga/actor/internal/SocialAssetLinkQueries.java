package org.minga.actor.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.minga.platform.AccessScope;
import org.minga.platform.LinkTargetQueries;
import org.minga.platform.LinkTargets;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Social assets as records another module may link to by id (a Red MAS Bienestar ties them together): by name or
 * code within the territories of the scope, active ones first. An asset has no page of its own: its link opens the
 * list of assets searched by its code.
 */
@Component
record SocialAssetLinkQueries(JdbcClient jdbc) {

    @Bean
    LinkTargets socialAssetLinks() {
        LinkTargets rows = new LinkTargetQueries(jdbc, "social-asset", "Activo social", "", """
                select s.id, s.jurisdiction_id, coalesce(s.territory_path, '') as territory_path, s.name as title,
                       s.code as detail
                  from social_asset s
                 where (cast(:j as bigint) is null or s.jurisdiction_id = :j)
                   and coalesce(s.territory_path, '') like :scope
                   and (cast(:id as bigint) is null or s.id = :id)
                 order by s.status, s.name, s.id""");
        return new AssetLinks(rows);
    }

    /** The rows as the query finds them, each with the list of assets searched by its code as its page. */
    record AssetLinks(LinkTargets rows) implements LinkTargets {

        @Override
        public String kind() {
            return rows.kind();
        }

        @Override
        public String label() {
            return rows.label();
        }

        @Override
        public List<Target> find(String query, AccessScope scope, int limit) {
            return rows.find(query, scope, limit).stream().map(AssetLinks::paged).toList();
        }

        @Override
        public Optional<Target> byId(long jurisdictionId, long id) {
            return rows.byId(jurisdictionId, id).map(AssetLinks::paged);
        }

        private static Target paged(Target t) {
            return new Target(t.kind(), t.id(), t.jurisdictionId(), t.territoryPath(), t.title(), t.detail(),
                    "/actors/assets?q=" + URLEncoder.encode(t.detail(), StandardCharsets.UTF_8));
        }
    }
}
