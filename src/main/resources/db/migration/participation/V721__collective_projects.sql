-- Collective projects (issue 23, seed 002): a project formulated together in a participatory process (in one of
-- its spaces, or by the process itself), with the entities that co-formulate it and its territories. The plan
-- action it serves is planning's link (plan_action_link, kind "collective-project").
create table collective_project (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    process_id      bigint        not null references participatory_process (id),
    space_id        bigint references participation_space (id),
    name            varchar(300)  not null,
    description     varchar(4000),
    created_at      timestamptz   not null default now(),
    version         integer       not null default 0
);
create index collective_project_process_idx on collective_project (process_id);

create table collective_project_entity (
    project_id bigint       not null references collective_project (id) on delete cascade,
    position   integer      not null,
    name       varchar(200) not null,
    primary key (project_id, position)
);

create table collective_project_territory (
    project_id     bigint       not null references collective_project (id) on delete cascade,
    territory_id   bigint       not null references territory (id),
    territory_path varchar(800) not null,
    primary key (project_id, territory_id)
);
