-- A collective project formulated in an intersectoral body instead of a participatory space (issue 23, point 4):
-- the body's id, a governance record named by kind and id through platform.LinkTargets (no foreign key: the
-- table is governance's).
alter table collective_project add column body_id bigint;
alter table collective_project add constraint collective_project_one_place check (space_id is null or body_id is null);
