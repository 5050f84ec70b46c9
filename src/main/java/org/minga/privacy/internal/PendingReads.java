package org.minga.privacy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.minga.privacy.PersonalDataAccess;
import org.minga.privacy.PersonalRecord;

/** The personal-data reads of one web request, gathered until the answer is about to leave. */
final class PendingReads implements PersonalRecord.Subjects {

    static final String ATTRIBUTE = PendingReads.class.getName();

    /** Ids found in the answer itself: the action is decided when written (one record VIEW, several LIST). */
    private static final String FOUND = "";

    record Key(String subjectType, Long jurisdictionId, String action) {
    }

    record Row(String subjectType, Long jurisdictionId, String action, Long[] ids) {
    }

    private final Map<Key, Set<Long>> reads = new LinkedHashMap<>();

    void add(String subjectType, Collection<Long> ids, Long jurisdictionId, String action) {
        Set<Long> set = reads.computeIfAbsent(new Key(subjectType, jurisdictionId, action), k -> new LinkedHashSet<>());
        for (Long id : ids) {
            if (id != null) {
                set.add(id);
            }
        }
    }

    @Override
    public PersonalRecord.Subjects person(Long personId, Long jurisdictionId) {
        if (personId != null) {
            reads.computeIfAbsent(new Key(PersonalDataAccess.PERSON, jurisdictionId, FOUND), k -> new LinkedHashSet<>())
                    .add(personId);
        }
        return this;
    }

    @Override
    public PersonalRecord.Subjects household(Long householdId, Long jurisdictionId) {
        if (householdId != null) {
            reads.computeIfAbsent(new Key(PersonalDataAccess.HOUSEHOLD, jurisdictionId, FOUND),
                    k -> new LinkedHashSet<>())
                    .add(householdId);
        }
        return this;
    }

    boolean isEmpty() {
        return reads.values().stream().allMatch(Set::isEmpty);
    }

    /** The rows to write, and forgets them (a request may reach two flush points). */
    List<Row> drain() {
        // What the handler logged itself (an export, a lookup) says more than the same ids found in its answer.
        reads.forEach((k, ids) -> {
            if (!Objects.equals(k.action(), FOUND)) {
                reads.forEach((other, found) -> {
                    if (Objects.equals(other.action(), FOUND) && other.subjectType().equals(k.subjectType())) {
                        found.removeAll(ids);
                    }
                });
            }
        });
        List<Row> rows = new ArrayList<>();
        reads.forEach((k, ids) -> {
            if (!ids.isEmpty()) {
                String action = Objects.equals(k.action(), FOUND)
                        ? (ids.size() == 1 ? PersonalDataAccess.VIEW : PersonalDataAccess.LIST) : k.action();
                rows.add(new Row(k.subjectType(), k.jurisdictionId(), action, ids.toArray(Long[]::new)));
            }
        });
        reads.clear();
        return rows;
    }
}
