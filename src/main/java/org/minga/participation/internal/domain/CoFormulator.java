package org.minga.participation.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** An entity that co-formulates a collective project. */
@Table("collective_project_entity")
public record CoFormulator(String name) {
}
