-- A contribution heard in a virtual territory (issue 21): the virtual territory it came from is kept as its origin
-- (its id and its name when it was recorded; the virtual module owns the virtual territory).

alter table contribution add column virtual_territory_id bigint, add column origin varchar(200);
create index contribution_channel_idx on contribution (virtual_territory_id) where virtual_territory_id is not null;
