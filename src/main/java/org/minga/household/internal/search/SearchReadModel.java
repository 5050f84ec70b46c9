package org.minga.household.internal.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.minga.household.internal.person.NameWords;
import org.minga.household.internal.search.Found.FoundHousehold;
import org.minga.household.internal.search.Found.FoundPerson;
import org.minga.household.internal.search.Found.Results;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.AccessScope;
import org.minga.platform.CurrentUser;
import org.minga.platform.TextKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds persons and households within the user's reach of personal data (the header search and the pickers): a
 * household by its code, a person by document number or by the start of every word of the name, in any order,
 * without regard to case or accents. Every query is an index lookup (household and person unique keys, the GIN
 * index of name prefixes keyed by territory, {@link NameWords}) and reads at most {@value #CANDIDATES} rows, however
 * many people share a name.
 */
@Component
public record SearchReadModel(JdbcClient jdbc, ScopeQueries access) {

    /** Persons read for a name before sorting: a common name shows a sorted sample and asks for more words. */
    static final int CANDIDATES = 200;

    private static final String PERSON = """
            select p.id, p.jurisdiction_id, p.household_id, p.first_name, p.middle_name, p.last_name,
              p.second_last_name, p.document_type, p.document_number, t.name as territory_name, h.code as household_code
            from (select * from person p where %s limit :cap) p
            join territory t on t.id = p.territory_id left join household h on h.id = p.household_id
            order by p.last_name, p.first_name, p.id limit :l""";

    /** Up to {@code limit} persons and households matching the query within the user's reach. */
    public Results find(String query, CurrentUser user, int limit) {
        String q = query == null ? "" : query.strip();
        AccessScope scope = access.scope(user);
        if (q.isEmpty() || scope.none()) {
            return new Results(q, List.of(), List.of(), false, false);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = scopeWhere(scope, params);
        if (looksLikeCode(q)) {
            String kept = q.toUpperCase().replace(".", "").replace(" ", "");
            List<String> codes = List.copyOf(new LinkedHashSet<>(List.of(q, q.toUpperCase())));
            List<FoundHousehold> households = jdbc.sql("""
                    select h.id, h.jurisdiction_id, h.code, h.address, t.name,
                      (select count(*) from person m where m.household_id = h.id and m.merged_into is null)
                    from household h join territory t on t.id = h.territory_id
                    where %s and h.code in (:codes) order by h.code limit :l""".formatted(where.replace("p.", "h.")))
                    .params(params).param("codes", codes).param("l", limit)
                    .query((rs, n) -> new FoundHousehold(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6)))
                    .list();
            List<FoundPerson> persons = jdbc.sql(PERSON.formatted(where
                    + " and p.document_number in (:docs) and p.merged_into is null and p.anonymised_at is null"))
                    .params(params)
                    .param("docs", List.copyOf(new LinkedHashSet<>(List.of(kept, kept.replace("-", "")))))
                    .param("cap", CANDIDATES).param("l", limit).query(SearchReadModel::person).list();
            return new Results(q, households, persons, false, false);
        }
        // every word typed starts a word of the name (NameWords: the index of the scope's localidad when the user
        // has one); read at most CANDIDATES rows
        String words = NameWords.condition(q, scope, params);
        if (words == null || TextKeys.key(q).replaceAll("[^a-z0-9]", "").length() < 3) {
            return new Results(q, List.of(), List.of(), false, true);
        }
        List<FoundPerson> persons = jdbc.sql(PERSON.formatted(where + " and " + words
                + " and p.merged_into is null and p.anonymised_at is null"))
                .params(params).param("cap", CANDIDATES).param("l", limit + 1)
                .query(SearchReadModel::person).list();
        boolean more = persons.size() > limit;
        return new Results(q, List.of(), more ? new ArrayList<>(persons.subList(0, limit)) : persons, more, false);
    }

    /** A document number or a household code: one word with a digit ("1.020.304", "H-SUBA-0001", "12345678-5"). */
    static boolean looksLikeCode(String q) {
        return q.chars().anyMatch(Character::isDigit)
                && (!q.contains(" ") || q.replaceAll("[\\d .\\-kK]", "").isEmpty());
    }

    /** The user's reach as SQL over person {@code p}: jurisdiction (an indexed equality) and territory subtree. */
    private static String scopeWhere(AccessScope scope, Map<String, Object> params) {
        params.put("scope", scope.likePattern());
        if (scope.jurisdictionId() != null) {
            params.put("j", scope.jurisdictionId());
            return "p.jurisdiction_id = :j and p.territory_path like :scope";
        }
        // every jurisdiction: one probe of the jurisdiction-first indexes per jurisdiction
        return "p.jurisdiction_id = any(array(select id from jurisdiction)) and p.territory_path like :scope";
    }

    static FoundPerson person(ResultSet rs, int n) throws SQLException {
        String full = Stream.of(rs.getString("first_name"), rs.getString("middle_name"), rs.getString("last_name"),
                rs.getString("second_last_name")).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return new FoundPerson(rs.getLong("id"), rs.getLong("jurisdiction_id"), (Long) rs.getObject("household_id"),
                full, rs.getString("document_type"), rs.getString("document_number"), rs.getString("territory_name"),
                rs.getString("household_code"));
    }
}
