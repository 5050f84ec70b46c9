package org.minga.household.internal.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.AccessScope;
import org.minga.platform.Reach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search by name scope first (V530): whatever territory a user is scoped to, at any level of any demo
 * jurisdiction, and for a user of a whole jurisdiction, the prefixes keyed by territory find exactly the people whose
 * name has a word starting with each word typed (long words, short ones, accents and case aside).
 */
@MingaTest
class NameWordsTests {

    @Autowired
    JdbcClient jdbc;

    record Place(long jurisdictionId, String path) {
    }

    long count(AccessScope scope, String condition, Map<String, Object> params) {
        params.put("scope", scope.likePattern());
        params.put("j", scope.jurisdictionId());
        return jdbc
                .sql("select count(*) from person p where p.jurisdiction_id = :j and p.territory_path like :scope and "
                        + condition)
                .params(params).query(Long.class).single();
    }

    @Test
    void everyTerritoryFindsByItsKeyedWordsTheNamesakesThePlainWordsFind() {
        List<Place> places = jdbc.sql("select jurisdiction_id, path from territory order by path")
                .query((rs, n) -> new Place(rs.getLong(1), rs.getString(2))).list();
        assertThat(places.stream().map(p -> p.path().split("/").length).distinct()).hasSizeGreaterThan(2);
        long keyed = 0;
        long found = 0;
        for (Place place : places) {
            AccessScope scope = new AccessScope(Reach.TERRITORY, place.jurisdictionId(), place.path());
            for (String q : List.of("mar gom", "ANA", "lu ro", "josé", "Rodríguez", "a")) {
                Map<String, Object> params = new LinkedHashMap<>();
                String condition = NameWords.condition(q, scope, params);
                keyed += params.get("np").toString().startsWith("s") ? 1 : 0;
                long byKey = count(scope, condition, params);
                long plain = count(scope, NameWords.WORDS + " @@ to_tsquery('simple', :q)",
                        new LinkedHashMap<>(Map.of("q", NameWords.of(q))));
                assertThat(byKey).as(q + " in " + place.path()).isEqualTo(plain);
                found += byKey;
            }
        }
        // below the roots every territory searches its keyed prefixes, and the demo people are found
        assertThat(keyed).isGreaterThan(places.size());
        assertThat(found).isPositive();
    }
}
