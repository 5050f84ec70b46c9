package org.minga.training.internal;

import org.minga.training.internal.domain.Capacity;
import org.springframework.data.repository.CrudRepository;

/** The capacity catalogue, written through Spring Data JDBC (with the competences). */
interface CapacityRepository extends CrudRepository<Capacity, Long> {
}
