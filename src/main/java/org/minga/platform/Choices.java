package org.minga.platform;

import java.util.List;

/**
 * What a form may offer to choose instead of a typed code: one kind of record (territories, actors, bodies,
 * services, users, persons, households), contributed by the module that owns it as a bean. The platform serves
 * every kind at {@code GET /choices/{kind}?q=} for the type-ahead pickers ({@code fragments/choices :: picker});
 * a user sees the choices only with one of {@link #capabilities()}, and only those within their reach.
 */
public interface Choices {

    /** The kind in the address, e.g. {@code territories}. */
    String kind();

    /** The user must hold one of them. */
    List<Capability> capabilities();

    /**
     * At most {@code limit} records within the user's reach whose name, code or number starts with the words typed;
     * a module whose choices show personal data writes them on the access log.
     */
    List<Choice> find(String query, CurrentUser user, int limit);

    /** What finds the choices of a kind (a read model's query). */
    interface Finder {
        List<Choice> find(String query, CurrentUser user, int limit);
    }

    /** The choices of a module: its kind, the query that finds them, and the capabilities that may see them. */
    static Choices of(String kind, Finder finder, Capability... capabilities) {
        List<Capability> needed = List.of(capabilities);
        return new Choices() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public List<Capability> capabilities() {
                return needed;
            }

            @Override
            public List<Choice> find(String query, CurrentUser user, int limit) {
                return finder.find(query, user, limit);
            }
        };
    }

    /** What finds the choices of a kind among the records of the user's scope, from what was typed. */
    interface ScopedFinder {
        List<Choice> find(String query, Typed typed, AccessScope scope, int limit);
    }

    /**
     * The choices of a kind kept in territories: none for a user whose scope reaches nothing or who typed nothing
     * that counts, else what {@code finder} finds within the scope {@code scopeOf} gives the user.
     */
    static Choices inScope(String kind, java.util.function.Function<CurrentUser, AccessScope> scopeOf,
            ScopedFinder finder, Capability... capabilities) {
        return of(kind, (query, user, limit) -> {
            AccessScope scope = scopeOf.apply(user);
            Typed typed = Typed.of(query);
            return scope.none() || typed.blank() ? List.of() : finder.find(query, typed, scope, limit);
        }, capabilities);
    }

    /**
     * What was typed, as the search keys of names are kept ({@link TextKeys#key}: lower case, no accents), with LIKE's
     * wildcards escaped (PostgreSQL's default escape, the backslash): {@code prefix()} finds names that start with it,
     * {@code word()} names with a word that starts with it.
     */
    record Typed(String key) {

        public static Typed of(String query) {
            String key = TextKeys.key(query == null ? "" : query).strip();
            return new Typed(key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }

        public boolean blank() {
            return key.isEmpty();
        }

        public String prefix() {
            return key + "%";
        }

        public String word() {
            return "% " + key + "%";
        }
    }

    /**
     * One record to choose: what the form submits (a code or an id), its name, a detail that tells it apart, and
     * optionally a second value for another field of the form (a person's document type, with
     * {@code data-extra-target} on the picker).
     */
    record Choice(String value, String label, String detail, String extra) {

        public Choice(String value, String label, String detail) {
            this(value, label, detail, null);
        }
    }
}
