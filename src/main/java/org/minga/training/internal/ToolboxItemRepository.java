package org.minga.training.internal;

import org.minga.training.internal.domain.ToolboxItem;
import org.springframework.data.repository.CrudRepository;

/** Toolbox items written through Spring Data JDBC (with their versions). */
interface ToolboxItemRepository extends CrudRepository<ToolboxItem, Long> {
}
