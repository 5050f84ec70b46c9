package org.minga.practice.internal;

import org.minga.practice.internal.domain.LessonLearned;
import org.springframework.data.repository.CrudRepository;

/** Lessons learned written through Spring Data JDBC. */
interface LessonRepository extends CrudRepository<LessonLearned, Long> {
}
