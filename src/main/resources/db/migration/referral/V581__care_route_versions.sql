-- Care routes designed in the pages have versions: editing a route makes a new version of its steps, and a person
-- to whom a route was applied stays on the version in force that day. Steps carry their conditions.
alter table care_route add column current_version smallint not null default 1;

create table care_route_version (
    route_id      bigint        not null references care_route (id) on delete cascade,
    number        smallint      not null,
    name          varchar(300)  not null,
    description   varchar(2000),
    need_category varchar(40)   not null,
    created_by    varchar(60)   not null,
    created_at    timestamptz   not null default now(),
    primary key (route_id, number)
);
insert into care_route_version (route_id, number, name, description, need_category, created_by, created_at)
select id, 1, name, description, need_category, 'minga', created_at from care_route;

alter table care_route_step add column route_version smallint not null default 1;
alter table care_route_step add column conditions varchar(2000);
alter table care_route_step drop constraint care_route_step_route_id_position_key;
alter table care_route_step add constraint care_route_step_version_position unique (route_id, route_version, position);

alter table care_route_application add column route_version smallint not null default 1;
