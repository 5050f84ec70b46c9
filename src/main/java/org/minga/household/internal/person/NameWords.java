package org.minga.household.internal.person;

import java.util.Map;

import org.minga.platform.AccessScope;
import org.minga.platform.TextKeys;

/**
 * The search of persons by the start of every word of their name, scope first. A user scoped to a territory below
 * the root of its tree (a zona, a localidad, an UPZ, a barrio) searches the index of name words keyed by the
 * territories of the second and third levels that the person lies in ({@code person_scoped_words_idx}, V530:
 * "maria" of a person of /1/5/37/80/ is the words "s5wmaria" and "s37wmaria"), so the index reads only the
 * namesakes of the user's localidad (or zona) however many the city holds; a user who reaches a whole jurisdiction
 * or more searches the plain index of name words ({@code person_name_words_idx}).
 */
public final class NameWords {

    /** The expression of {@code person_scoped_words_idx} over person {@code p}: keep it identical to V530. */
    static final String SCOPED = """
            to_tsvector('simple', regexp_replace(regexp_replace(p.name_key, '[^a-z0-9]+', ' ', 'g'),
              '([a-z0-9]+)', 's' || split_part(p.territory_path, '/', 3) || 'w\\1'
              || case when split_part(p.territory_path, '/', 4) <> ''
                 then ' s' || split_part(p.territory_path, '/', 4) || 'w\\1' else '' end, 'g'))""";

    /** The expression of {@code person_name_words_idx} over person {@code p}. */
    static final String PLAIN = "to_tsvector('simple', p.name_key)";

    private NameWords() {
    }

    /**
     * The words of a name query as a prefix query ("mar:* & gom:*"), accents and case aside; null when it has no
     * word of letters or digits.
     */
    public static String of(String name) {
        return of(name, "");
    }

    private static String of(String name, String key) {
        StringBuilder q = new StringBuilder();
        for (String w : TextKeys.key(name).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                q.append(q.length() == 0 ? "" : " & ").append(key).append(w).append(":*");
            }
        }
        return q.length() == 0 ? null : q.toString();
    }

    /**
     * The condition "every word typed starts a word of the name" over person {@code p} for a user of
     * {@code scope} (which the caller filters on as well), adding its parameter {@code nw}; null when the query has
     * no word.
     */
    public static String condition(String name, AccessScope scope, Map<String, Object> params) {
        String key = localKey(scope);
        String words = of(name, key == null ? "" : "s" + key + "w");
        if (words == null) {
            return null;
        }
        params.put("nw", words);
        return (key == null ? PLAIN : SCOPED) + " @@ to_tsquery('simple', :nw)";
    }

    /**
     * The territory of the scope's path at the second or third level ("37" of "/1/5/37/" or of "/1/5/37/80/", "5" of
     * "/1/5/"), which every path of the scope goes through and the index keys words by; null for a whole jurisdiction.
     */
    static String localKey(AccessScope scope) {
        String prefix = scope.prefixOrNull();
        if (prefix == null) {
            return null;
        }
        String[] parts = prefix.split("/");
        String key = parts.length >= 4 ? parts[3] : parts.length == 3 ? parts[2] : "";
        return !key.isEmpty() && key.chars().allMatch(Character::isDigit) ? key : null;
    }
}
