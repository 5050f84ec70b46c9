package org.minga.participation.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A directorate (dirección municipal, secretaría) taking part in a process as an actor. */
@Table("process_directorate")
public record Directorate(String name) {
}
