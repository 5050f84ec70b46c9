package org.minga.training.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.training.internal.TrainingViews.ToolboxRow;
import org.minga.training.internal.TrainingViews.VersionRow;
import org.minga.training.internal.domain.ToolboxItemKind;
import org.minga.training.internal.domain.ToolboxLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The toolbox of a jurisdiction by management level and process, each item with its versions. */
@Component
record ToolboxReadModel(JdbcClient jdbc) {

    /** The items of a jurisdiction (only the public ones when {@code onlyPublic}), by level, process and title. */
    List<ToolboxRow> items(long jurisdictionId, boolean onlyPublic, ToolboxLevel level) {
        return jdbc.sql("""
                select * from toolbox_item where jurisdiction_id = :j and (not :pub or public)
                   and (:level = '' or level = :level) order by level, process, title""")
                .param("j", jurisdictionId).param("pub", onlyPublic).param("level", level == null ? "" : level.name())
                .query((rs, n) -> new ToolboxRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        ToolboxItemKind.valueOf(rs.getString("kind")), ToolboxLevel.valueOf(rs.getString("level")),
                        rs.getString("process"), rs.getString("description"), rs.getString("link"),
                        rs.getInt("current_version"), rs.getBoolean("public"), rs.getString("used_by"), List.of()))
                .list().stream()
                .map(i -> new ToolboxRow(i.id(), i.code(), i.title(), i.kind(), i.level(), i.process(),
                        i.description(), i.link(), i.currentVersion(), i.isPublic(), i.usedBy(), versions(i.id())))
                .toList();
    }

    private List<VersionRow> versions(long itemId) {
        return jdbc
                .sql("""
                        select number, published_on, changes from toolbox_item_version where item_id = :i order by number desc""")
                .param("i", itemId).query((rs, n) -> new VersionRow(rs.getInt(1),
                        rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    java.util.Optional<Long> itemByCode(long jurisdictionId, String code) {
        return jdbc.sql("select id from toolbox_item where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).optional();
    }
}
