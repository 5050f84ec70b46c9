package org.minga.planning.internal.domain;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A piece of work done under a plan action, named by the kind its module declares ({@code fair},
 * {@code commitment}...) and its id in that module.
 */
@Table("plan_action_link")
public record WorkLink(String workKind, long workId, Instant linkedAt) {

    public boolean is(String kind, long id) {
        return workKind.equals(kind) && workId == id;
    }
}
