package org.minga.privacy.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.DataSubjectRef;
import org.minga.platform.PersonalDataOwner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every module's {@link PersonalDataOwner}, asked together: who the person is (each owner adds the identifiers it
 * keeps), what each keeps, its export, and the deletion in one transaction. The owners that find copies by the
 * identifiers (audit log, stored files) run last, after every other owner wrote its own audit rows.
 */
@Component
@RequiredArgsConstructor
class PersonalDataOwners {

    private final ObjectProvider<PersonalDataOwner> owners;

    List<PersonalDataOwner> all() {
        return owners.orderedStream().sorted(Comparator.comparing(PersonalDataOwner::keepsCopies)).toList();
    }

    DataSubjectRef subject(long personId, long jurisdictionId) {
        DataSubjectRef.Builder b = DataSubjectRef.of(personId, jurisdictionId);
        all().forEach(o -> o.identify(b));
        return b.build();
    }

    /** Section to what the section's module keeps (label to number of records); modules that keep nothing are left out. */
    Map<String, Map<String, Long>> held(long personId, long jurisdictionId) {
        DataSubjectRef s = subject(personId, jurisdictionId);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (PersonalDataOwner o : all()) {
            Map<String, Long> kept = new LinkedHashMap<>();
            o.list(s).forEach((k, v) -> {
                if (v != null && v > 0) {
                    kept.put(k, v);
                }
            });
            if (!kept.isEmpty()) {
                out.merge(o.section(), kept, (a, b) -> {
                    a.putAll(b);
                    return a;
                });
            }
        }
        return out;
    }

    /** Section to everything the section's module keeps about the person. */
    Map<String, Object> export(long personId, long jurisdictionId) {
        DataSubjectRef s = subject(personId, jurisdictionId);
        Map<String, Object> out = new LinkedHashMap<>();
        for (PersonalDataOwner o : all()) {
            out.put(o.section(), o.export(s));
        }
        return out;
    }

    /** Anonymises the person in every module, in one transaction: all of it or, on any failure, none. */
    @Transactional
    DataSubjectRef erase(long personId, long jurisdictionId) {
        DataSubjectRef s = subject(personId, jurisdictionId);
        for (PersonalDataOwner o : all()) {
            o.anonymise(s);
        }
        return s;
    }
}
