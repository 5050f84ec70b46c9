-- Service points (puntos de atención, issue 23): a registry per jurisdiction, named as dialogues and service maps
-- name them (participation_space.service_point, service_map_stage.service_point), with the point's head and the
-- evidence of their leadership, and the characterisation of the value groups the point serves.
create table service_point (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    name            varchar(160)  not null,
    territory_id    bigint        not null references territory (id),
    territory_path  varchar(800)  not null,
    head            varchar(200),
    leadership      varchar(2000),
    version         integer       not null default 0,
    unique (jurisdiction_id, name)
);
create index service_point_scope_idx on service_point (jurisdiction_id, territory_path varchar_pattern_ops);

create table service_point_value_group (
    service_point_id bigint       not null references service_point (id) on delete cascade,
    value_group      varchar(30)  not null,
    share_percent    numeric(5, 2) not null check (share_percent between 0 and 100),
    primary key (service_point_id, value_group)
);
