package org.minga.training.internal.domain;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A published version of a {@link ToolboxItem} (its number is the key in the item's map): when, and what changed. */
@Table("toolbox_item_version")
public record ToolboxItemVersion(LocalDate publishedOn, String changes) {
}
