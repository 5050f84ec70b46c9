-- Planning: plans with a tree of lines, programmes and goals; indicators with baseline, targets and measurements;
-- the SDG catalogue (17 goals, 169 targets, loaded at start-up from planning/sdg-es.csv).
create table sdg_goal (
    number smallint     primary key check (number between 1 and 17),
    title  varchar(300) not null
);
create table sdg_target (
    code        varchar(6)    primary key,   -- "1.1", "17.19", "14.a"
    goal_number smallint      not null references sdg_goal (number),
    text        varchar(1000) not null
);

create table plan (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    code            varchar(40)   not null,
    name            varchar(300)  not null,
    plan_type       varchar(30)   not null check (plan_type in ('PLAN_DESARROLLO', 'PLADECO', 'PLAN_TERRITORIAL_SALUD',
                                                                 'PLAN_ACCION_LOCAL', 'PLAN_OPERATIVO')),
    territory_id    bigint        not null references territory (id),
    territory_path  varchar(800)  not null,
    starts_on       date          not null,
    ends_on         date          not null,
    description     varchar(4000),
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    unique (jurisdiction_id, code),
    check (starts_on <= ends_on)
);
create index plan_scope_idx on plan (jurisdiction_id, territory_path varchar_pattern_ops);

create table plan_node (
    id               bigint generated always as identity primary key,
    plan_id          bigint        not null references plan (id),
    parent_id        bigint references plan_node (id),
    kind             varchar(12)   not null check (kind in ('LINE', 'PROGRAMME', 'GOAL')),
    code             varchar(40)   not null,
    name             varchar(500)  not null,
    responsible_unit varchar(300),
    budget_planned   numeric(18, 2) check (budget_planned >= 0),
    budget_executed  numeric(18, 2) check (budget_executed >= 0),
    position         integer       not null default 0,
    version          integer       not null default 0,
    unique (plan_id, code)
);
create index plan_node_plan_idx on plan_node (plan_id, parent_id, position);

create table plan_node_sdg (
    node_id     bigint     not null references plan_node (id),
    target_code varchar(6) not null references sdg_target (code),
    primary key (node_id, target_code)
);

create table indicator (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    code            varchar(40)   not null,
    plan_node_id    bigint references plan_node (id),
    name            varchar(300)  not null,
    definition      varchar(2000) not null,
    formula         varchar(1000),
    unit            varchar(40)   not null,
    direction       varchar(20)   not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    periodicity     varchar(12)   not null check (periodicity in ('MENSUAL', 'TRIMESTRAL', 'SEMESTRAL', 'ANUAL')),
    source          varchar(300),
    computed_key    varchar(80),             -- an IndicatorSource key: the values are computed, not entered
    by_territory    boolean       not null default false,
    baseline_value  numeric(18, 4),
    baseline_on     date,
    demo            boolean       not null default false,
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    unique (jurisdiction_id, code)
);
create index indicator_node_idx on indicator (plan_node_id);

create table indicator_target (
    indicator_id bigint         not null references indicator (id),
    period       varchar(10)    not null,   -- "2026", "2026-S1", "2026-Q2", "2026-03"
    value        numeric(18, 4) not null,
    primary key (indicator_id, period)
);

create table indicator_value (
    id             bigint generated always as identity primary key,
    indicator_id   bigint         not null references indicator (id),
    period         varchar(10)    not null,
    period_start   date           not null,
    period_end     date           not null,
    territory_id   bigint         not null references territory (id),
    territory_path varchar(800)   not null,
    value          numeric(18, 4) not null,
    note           varchar(500),
    version        integer        not null default 0,
    unique (indicator_id, period, territory_id)
);
create index indicator_value_scope_idx on indicator_value (indicator_id, territory_path varchar_pattern_ops, period_start);
