-- Participatory processes as processes (issue 23): a process of a jurisdiction named as its spaces and surveys
-- name it (participation_space.process, survey.process), with stages from a template (the PLADECO's 13 steps),
-- the managing team (equipo gestor), the participating directorates, and its pilot workshops' evaluation.
create table participatory_process (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    name            varchar(120)  not null,
    template        varchar(12)   not null check (template in ('PLADECO', 'FREE')),
    starts_on       date          not null,
    ends_on         date          not null,
    version         integer       not null default 0,
    unique (jurisdiction_id, name),
    check (starts_on <= ends_on)
);

create table process_stage (
    process_id  bigint       not null references participatory_process (id) on delete cascade,
    position    integer      not null,
    name        varchar(300) not null,
    starts_on   date,
    ends_on     date,
    responsible varchar(200),
    status      varchar(12)  not null check (status in ('PENDING', 'IN_PROGRESS', 'DONE')),
    primary key (process_id, position)
);

create table process_team_member (
    process_id bigint       not null references participatory_process (id) on delete cascade,
    position   integer      not null,
    name       varchar(200) not null,
    role       varchar(200),
    primary key (process_id, position)
);

create table process_directorate (
    process_id bigint       not null references participatory_process (id) on delete cascade,
    position   integer      not null,
    name       varchar(200) not null,
    primary key (process_id, position)
);

create table process_pilot (
    process_id  bigint        not null references participatory_process (id) on delete cascade,
    space_id    bigint        not null references participation_space (id),
    evaluation  varchar(2000) not null,
    adjustments varchar(2000),
    primary key (process_id, space_id)
);
