package org.minga.household.internal.person;

import java.util.Map;

import org.minga.platform.AccessScope;
import org.minga.platform.TextKeys;

/**
 * The search of persons by the start of every word of their name, scope first (V530). The index of name prefixes
 * ({@code person_name_prefixes_idx}) holds, for each word of the name, its first three letters three times: alone
 * ("pmar" for "maria") and keyed by the territories of the second and third levels of the person's path ("s5wmar" and
 * "s37wmar" for a person of /1/5/37/80/). A user scoped below the root of a tree (a zona, a localidad, an UPZ, a
 * barrio) asks for the keyed prefixes of their territory ("s37wmar & s37wgom"), so the index reads only the namesakes
 * of that localidad however many the city holds; a user who reaches a whole jurisdiction or more asks for the bare
 * ones. The prefixes are exact words of the index, not prefix matches: the index intersects their lists skipping
 * through the longer one instead of gathering every name that starts with them. The rows found are then checked
 * against the whole words typed ("mar:* & gom:*" on the name's words), which decides, as before V530, who matches.
 */
public final class NameWords {

    /** The expression of {@code person_name_prefixes_idx} over person {@code p}: keep it identical to V530. */
    static final String INDEXED = """
            to_tsvector('simple', regexp_replace(regexp_replace(p.name_key, '[^a-z0-9]+', ' ', 'g'),
              '([a-z0-9]{1,3})[a-z0-9]*', 'p\\1 s' || split_part(p.territory_path, '/', 3) || 'w\\1'
              || case when split_part(p.territory_path, '/', 4) <> ''
                 then ' s' || split_part(p.territory_path, '/', 4) || 'w\\1' else '' end, 'g'))""";

    /** The name's words as the check of the rows found reads them. */
    static final String WORDS = "to_tsvector('simple', p.name_key)";

    /** Letters of each word the index keeps. */
    private static final int PREFIX = 3;

    private NameWords() {
    }

    /**
     * The words of a name query as a prefix query ("mar:* & gom:*"), accents and case aside; null when it has no
     * word of letters or digits.
     */
    public static String of(String name) {
        StringBuilder q = new StringBuilder();
        for (String w : words(name)) {
            q.append(q.length() == 0 ? "" : " & ").append(w).append(":*");
        }
        return q.length() == 0 ? null : q.toString();
    }

    /** The query of the index: each word's first three letters, or a shorter word as a prefix of them. */
    static String indexed(String name, String key) {
        StringBuilder q = new StringBuilder();
        for (String w : words(name)) {
            q.append(q.length() == 0 ? "" : " & ").append(key)
                    .append(w.length() >= PREFIX ? w.substring(0, PREFIX) : w + ":*");
        }
        return q.length() == 0 ? null : q.toString();
    }

    private static String[] words(String name) {
        return java.util.Arrays.stream(TextKeys.key(name).split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    /**
     * The condition "every word typed starts a word of the name" over person {@code p} for a user of
     * {@code scope} (which the caller filters on as well), adding its parameters {@code np} and {@code nw}; null when
     * the query has no word.
     */
    public static String condition(String name, AccessScope scope, Map<String, Object> params) {
        String key = localKey(scope);
        String prefixes = indexed(name, key == null ? "p" : "s" + key + "w");
        if (prefixes == null) {
            return null;
        }
        params.put("np", prefixes);
        params.put("nw", of(name));
        return INDEXED + " @@ to_tsquery('simple', :np) and " + WORDS + " @@ to_tsquery('simple', :nw)";
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
