-- Who uses a toolbox item becomes links (issue 20, point 7): each a record of another module (a governance body, a
-- fair, a citizen dialogue) or a training programme, by its kind and id in the owning module, resolved through the
-- platform's LinkTargets (training reads none of those tables). The free text written before stays, as the note of
-- what is no record; it is also copied to uses_to_link, which the application matches to records once at start
-- (ToolboxOldUses: a piece naming exactly one record becomes a link, the rest stays in the note).
create table toolbox_item_use (
    item_id   bigint      not null references toolbox_item (id) on delete cascade,
    kind      varchar(30) not null,
    record_id bigint      not null,
    primary key (item_id, kind, record_id)
);
alter table toolbox_item add column uses_to_link varchar(1000);
update toolbox_item set uses_to_link = used_by where used_by is not null;
