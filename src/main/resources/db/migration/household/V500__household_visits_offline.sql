-- Household visits (visita domiciliaria) recorded in the field, online or from a day prepared for working offline.
create table household_visit (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    household_id    bigint        not null references household (id),
    territory_path  varchar(800)  not null,
    visited_at      timestamptz   not null,
    outcome         varchar(14)   not null check (outcome in ('REALIZADA', 'NADIE_EN_CASA', 'RECHAZADA')),
    notes           varchar(2000),
    recorded_by     varchar(60)   not null,
    recorded_at     timestamptz   not null default now(),
    version         integer       not null default 0
);
create index household_visit_household_idx on household_visit (household_id, visited_at desc);

-- Every change a device sends from an offline day, once per id the device gave it: a retry after a lost answer finds
-- its row and gets the same answer (exactly once). What the change said is kept only while it is in conflict, so that
-- both versions exist until the worker resolves it; an applied or refused change keeps only its answer.
create table field_change (
    id              uuid          primary key,
    jurisdiction_id bigint,
    username        varchar(60)   not null,
    device_id       varchar(60)   not null,
    kind            varchar(20)   not null,
    household_id    bigint,
    status          varchar(12)   not null check (status in ('APLICADO', 'CONFLICTO', 'RECHAZADO', 'DESCARTADO')),
    payload         jsonb,
    result          jsonb,
    message         varchar(2000),
    received_at     timestamptz   not null default now(),
    resolved_at     timestamptz,
    resolved_by     uuid
);
create index field_change_user_idx on field_change (username, received_at desc);
create index field_change_conflict_idx on field_change (username) where status = 'CONFLICTO';

-- What a supervisor sees of each worker's devices: when they prepared their day, last synchronised, and how many
-- changes were still waiting on the device at that moment.
create table field_device (
    username            varchar(60)  not null,
    device_id           varchar(60)  not null,
    jurisdiction_id     bigint,
    territory_path      varchar(800),
    prepared_at         timestamptz,
    prepared_households integer,
    last_sync_at        timestamptz,
    pending_changes     integer      not null default 0,
    primary key (username, device_id)
);
create index field_device_scope_idx on field_device (jurisdiction_id, territory_path varchar_pattern_ops);
