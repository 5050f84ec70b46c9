package org.minga.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minga.training.internal.TrainingViews.ToolboxRow;
import org.minga.training.internal.TrainingViews.ToolboxUseView;
import org.minga.training.internal.TrainingViews.VersionRow;
import org.minga.training.internal.domain.ToolboxItemKind;
import org.minga.training.internal.domain.ToolboxLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The toolbox of a jurisdiction by management level and process, each item with its versions and the records that
 * use it (kind and id only: their owners name them).
 */
@Component
record ToolboxReadModel(JdbcClient jdbc) {

    /** The items of a jurisdiction (only the public ones when {@code onlyPublic}), by level, process and title. */
    List<ToolboxRow> items(long jurisdictionId, boolean onlyPublic, ToolboxLevel level) {
        Map<Long, List<ToolboxUseView>> uses = uses(jurisdictionId);
        return jdbc.sql("""
                select * from toolbox_item where jurisdiction_id = :j and (not :pub or public)
                   and (:level = '' or level = :level) order by level, process, title""")
                .param("j", jurisdictionId).param("pub", onlyPublic).param("level", level == null ? "" : level.name())
                .query((rs, n) -> new ToolboxRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        ToolboxItemKind.valueOf(rs.getString("kind")), ToolboxLevel.valueOf(rs.getString("level")),
                        rs.getString("process"), rs.getString("description"), rs.getString("link"),
                        rs.getInt("current_version"), rs.getBoolean("public"),
                        uses.getOrDefault(rs.getLong("id"), List.of()), rs.getString("used_by"), List.of()))
                .list().stream()
                .map(i -> new ToolboxRow(i.id(), i.code(), i.title(), i.kind(), i.level(), i.process(),
                        i.description(), i.link(), i.currentVersion(), i.isPublic(), i.uses(), i.usedByNote(),
                        versions(i.id())))
                .toList();
    }

    /** The records using each item of the jurisdiction, by item (kind and id; the owners resolve them). */
    private Map<Long, List<ToolboxUseView>> uses(long jurisdictionId) {
        Map<Long, List<ToolboxUseView>> byItem = new HashMap<>();
        jdbc.sql("""
                select u.item_id, u.kind, u.record_id from toolbox_item_use u
                  join toolbox_item i on i.id = u.item_id
                 where i.jurisdiction_id = :j order by u.item_id, u.kind, u.record_id""").param("j", jurisdictionId)
                .query((rs, n) -> byItem.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ToolboxUseView(rs.getString(2), rs.getLong(3), null, null, null, null)))
                .list();
        return byItem;
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

    /** The items whose old free text of uses is still to be matched to records ({@code V770}). */
    List<Long> itemsWithUsesToLink() {
        return jdbc.sql("select id from toolbox_item where uses_to_link is not null order by id").query(Long.class)
                .list();
    }
}
