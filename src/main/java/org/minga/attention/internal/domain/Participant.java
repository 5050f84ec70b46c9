package org.minga.attention.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A person who took part in a collective attention. */
@Table("attention_participant")
public record Participant(long personId) {
}
