package org.minga.household.internal.person;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Writes of persons. Pages, searches and duplicates read {@link PersonReadModel}. */
public interface PersonRepository extends Repository<Person, Long> {

    Person save(Person person);

    Optional<Person> findById(Long id);
}
