package org.minga.planning;

import java.util.Optional;

import org.minga.platform.CurrentUser;

/**
 * Implemented by the module that owns a kind of classified record (planning for goals and actions, household for
 * alerts and care-plan needs): it says where the record lies and whether the user may classify it, so the
 * classification link (planning's) never reads another module's tables.
 */
public interface ClassifiedSubjects {

    ClassifiedKind kind();

    /**
     * The record, if it exists and the user may read it; {@link Subject#writable} says whether they may also
     * classify it. The title names the record without personal data beyond what the user may read.
     */
    Optional<Subject> find(long id, CurrentUser user);

    /** The owner of {@code kind} answering with {@code find}. */
    static ClassifiedSubjects of(ClassifiedKind kind, Finder find) {
        return new ClassifiedSubjects() {
            @Override
            public ClassifiedKind kind() {
                return kind;
            }

            @Override
            public Optional<Subject> find(long id, CurrentUser user) {
                return find.find(id, user);
            }
        };
    }

    /** How an owner finds one of its records for a user. */
    @FunctionalInterface
    interface Finder {
        Optional<Subject> find(long id, CurrentUser user);
    }

    /** Where a classified record lies (for figures by territory), its title as people know it, and its page. */
    record Subject(long jurisdictionId, String territoryPath, String title, String url, boolean writable) {
    }
}
