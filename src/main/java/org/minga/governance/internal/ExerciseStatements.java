package org.minga.governance.internal;

import java.time.LocalDate;
import java.util.Collection;

/** The custom statements of {@link ExerciseRepository}: an exercise's actors, milestones and monitoring notes. */
interface ExerciseStatements {

    void addActors(long exerciseId, Collection<Long> actorIds);

    void addMilestone(long exerciseId, String title, LocalDate dueDate, LocalDate doneOn);

    void addNote(long exerciseId, String note, String author);
}
