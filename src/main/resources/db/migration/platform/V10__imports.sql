-- Import framework: one row per uploaded file, its validation errors and its outcome.

create table import_job (
    id                      bigint generated always as identity primary key,
    jurisdiction_id         bigint       not null references jurisdiction (id),
    type                    varchar(60)  not null,
    filename                varchar(255) not null,
    content                 bytea        not null,          -- the uploaded file as received (max 50 MB)
    status                  varchar(20)  not null default 'PENDING'
                            check (status in ('PENDING', 'VALIDATING', 'INVALID', 'LOADING', 'DONE', 'FAILED')),
    total_rows              integer      not null default 0,
    processed_rows          integer      not null default 0,
    loaded_rows             integer      not null default 0,
    error_count             integer      not null default 0, -- all errors found; errors holds at most 10,000
    errors                  jsonb        not null default '[]'::jsonb,  -- [{row, column, message}]
    -- who imported; no foreign key so the history outlives the account
    created_by              varchar(60)  not null,
    created_by_id           bigint       not null,
    created_by_territory_id bigint,                           -- the importer's territory scope, null = whole jurisdiction
    created_at              timestamptz  not null default now(),
    finished_at             timestamptz,
    message                 varchar(1000)
);
create index import_job_jurisdiction_idx on import_job (jurisdiction_id, created_at desc);
create index import_job_creator_idx on import_job (created_by_id, created_at desc);
create index import_job_running_idx on import_job (status) where status in ('PENDING', 'VALIDATING', 'LOADING');
