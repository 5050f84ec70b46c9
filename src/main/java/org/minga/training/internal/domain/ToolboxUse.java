package org.minga.training.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A record of another module (or a training programme) that uses a {@link ToolboxItem}: its kind as the owner offers
 * it ({@code body}, {@code fair}, {@code dialogue}, {@code training-programme}) and its id there.
 */
@Table("toolbox_item_use")
public record ToolboxUse(String kind, long recordId) {

    public ToolboxUse {
        if (kind == null || kind.isBlank() || kind.length() > 30) {
            throw new IllegalArgumentException("a use names the kind of the record");
        }
    }
}
