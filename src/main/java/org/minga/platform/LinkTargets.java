package org.minga.platform;

import java.util.List;
import java.util.Optional;

/**
 * Records of one kind that a record of another module may link to by kind and id (a training programme to the
 * governance body, session or demonstration exercise, the fair or the plan it accompanies), contributed as a bean by
 * the module that owns them, so the linking module neither reads the owner's tables nor depends on it. The owner
 * answers a picker's search within a scope and resolves a stored link to a title and its page; a link whose record
 * no longer exists resolves to nothing.
 */
public interface LinkTargets {

    /** The kind as stored on links: {@code body}, {@code body-session}, {@code exercise}, {@code fair}, {@code plan}. */
    String kind();

    /** The kind as people read it, in Spanish: «Instancia». */
    String label();

    /** At most {@code limit} records within {@code scope} whose title or code has words starting as typed. */
    List<Target> find(String query, AccessScope scope, int limit);

    /** The record {@code id} of the jurisdiction, or empty when there is none (any more). */
    Optional<Target> byId(long jurisdictionId, long id);

    /**
     * What came out of the record {@code id} of the jurisdiction (a survey's responses and summary figures, a
     * dialogue's contributions and agreements), in its owner's words; empty when the kind tells nothing of the sort or
     * the record does not exist (any more).
     */
    default Optional<Outcome> outcome(long jurisdictionId, long id) {
        return Optional.empty();
    }

    /** What came out of a record: figures, each with a stable key and its words, and the agreements reached. */
    record Outcome(List<Figure> figures, List<String> agreements) {
        public Outcome {
            figures = List.copyOf(figures);
            agreements = List.copyOf(agreements);
        }

        /** The figure with {@code key}, when there is one. */
        public Optional<Figure> figure(String key) {
            return figures.stream().filter(f -> f.key().equals(key)).findFirst();
        }
    }

    /** One figure of an outcome: a key another module may look for, the label people read and its value, as shown. */
    record Figure(String key, String label, String value) {
    }

    /** One record to link to: where it lies, its title, a detail that tells it apart, and its page. */
    record Target(String kind, long id, long jurisdictionId, String territoryPath, String title, String detail,
            String href) {
    }

    /** True when every word typed starts a word of {@code text} (accents and case aside); nothing typed matches all. */
    static boolean matches(String query, String text) {
        List<String> have = List.of(TextKeys.key(text == null ? "" : text).split("[^a-z0-9]+"));
        return List.of(TextKeys.key(query == null ? "" : query).split("[^a-z0-9]+")).stream()
                .filter(w -> !w.isEmpty()).allMatch(w -> have.stream().anyMatch(h -> h.startsWith(w)));
    }
}
