package org.minga.training.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.household.PersonPageSections;
import org.springframework.stereotype.Component;

/** On a person's page: the capacities the person holds and the training programmes they completed. */
@Component
record TrainingPersonSections(CapacityReadModel capacities, TrainingReadModel read) implements PersonPageSections {

    @Override
    public List<Section> sectionsOf(long personId) {
        Set<String> held = new LinkedHashSet<>();
        capacities.holdings(personId, null).forEach(h -> held.add(h.capacityCode() + " · " + h.capacityName()));
        return List.of(
                new Section("tr.person.capacities", List.copyOf(held), "tr.person.noCapacities"),
                new Section("tr.person.completed", read.completedProgrammes(personId),
                        "tr.person.noCompleted"));
    }
}
