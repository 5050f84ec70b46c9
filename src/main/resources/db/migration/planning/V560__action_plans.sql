-- Plans in action (issue 23): operational and intersectoral action plans under a plan's goals, their actions with
-- several responsible entities, territories and resources per entity, investment line and funding source (a
-- catalogue per jurisdiction), and the work (fairs, commitments, improvement actions, routes, programmes) tied to
-- an action. Money is NUMERIC in the jurisdiction's currency (COP, CLP), never floating point.
create table funding_source (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(20)  not null,
    name            varchar(200) not null,
    position        integer      not null default 0,
    version         integer      not null default 0,
    unique (jurisdiction_id, code)
);

create table action_plan (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    plan_id         bigint        not null references plan (id),
    code            varchar(40)   not null,
    name            varchar(300)  not null,
    kind            varchar(20)   not null check (kind in ('OPERATIONAL', 'INTERSECTORAL', 'LOCAL')),
    currency        char(3)       not null check (currency in ('COP', 'CLP')),
    description     varchar(4000),
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    unique (jurisdiction_id, code)
);
create index action_plan_plan_idx on action_plan (plan_id);

create table plan_action (
    id                    bigint generated always as identity primary key,
    action_plan_id        bigint        not null references action_plan (id),
    goal_id               bigint        not null references plan_node (id),
    code                  varchar(40)   not null,
    name                  varchar(500)  not null,
    coordination_strategy varchar(2000),
    starts_on             date          not null,
    ends_on               date          not null,
    status                varchar(12)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    currency              char(3)       not null check (currency in ('COP', 'CLP')),
    version               integer       not null default 0,
    unique (action_plan_id, code),
    check (starts_on <= ends_on)
);
create index plan_action_goal_idx on plan_action (goal_id);

create table plan_action_responsible (
    plan_action_id bigint       not null references plan_action (id) on delete cascade,
    position       integer      not null,
    entity         varchar(200) not null,
    primary key (plan_action_id, position)
);

create table plan_action_territory (
    plan_action_id bigint       not null references plan_action (id) on delete cascade,
    territory_id   bigint       not null references territory (id),
    territory_path varchar(800) not null,
    primary key (plan_action_id, territory_id)
);

create table plan_action_resource (
    plan_action_id    bigint         not null references plan_action (id) on delete cascade,
    position          integer        not null,
    entity            varchar(200)   not null,
    investment_line   varchar(200)   not null,
    funding_source_id bigint         not null references funding_source (id),
    kind              varchar(10)    not null check (kind in ('MONEY', 'STAFF', 'GOODS')),
    description       varchar(500),
    planned           numeric(18, 2) not null check (planned >= 0),
    committed         numeric(18, 2) not null check (committed >= 0),
    executed          numeric(18, 2) not null check (executed >= 0 and executed <= committed),
    primary key (plan_action_id, position)
);
create index plan_action_resource_source_idx on plan_action_resource (funding_source_id);

create table plan_action_link (
    plan_action_id bigint      not null references plan_action (id) on delete cascade,
    work_kind      varchar(40) not null,   -- the kind a PlannedWork bean declares: "fair", "commitment"...
    work_id        bigint      not null,
    linked_at      timestamptz not null,
    primary key (plan_action_id, work_kind, work_id)
);
create index plan_action_link_work_idx on plan_action_link (work_kind, work_id);
