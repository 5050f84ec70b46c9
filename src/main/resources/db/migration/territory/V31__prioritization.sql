-- Prioritisation runs ("cruce de variables"): each run keeps who ran it, when, every input (variables,
-- weights, directions, method, the raw values used) and its ranking, so a decision can be explained later.

create table prioritization_run (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint        not null references jurisdiction (id),
    name             varchar(200)  not null,
    level_code       varchar(40)   not null,
    level_name       varchar(100)  not null,
    year             smallint      not null check (year between 1900 and 2100),
    scope_path       varchar(800)  not null,   -- the territorial scope ranked: '/' or the user's subtree '/1/5/'
    scope_label      varchar(300)  not null,
    created_by_id    bigint references app_user (id),
    created_by       varchar(60)   not null,   -- username at the time of the run
    created_by_name  varchar(200)  not null,
    created_at       timestamptz   not null default now(),
    scored_count     integer       not null,
    unscored_count   integer       not null,
    inputs           jsonb         not null,
    notes            jsonb         not null default '[]'
);
create index prioritization_run_jurisdiction_idx on prioritization_run (jurisdiction_id, created_at desc, id desc);

create table prioritization_result (
    run_id             bigint         not null references prioritization_run (id),
    territory_id       bigint         not null references territory (id),
    position           integer        not null,   -- order of display: the ranking, then those without data
    territory_code     varchar(40)    not null,   -- as they were at the time of the run
    territory_name     varchar(200)   not null,
    rank               integer,                   -- null when not scored ("sin datos")
    score              numeric(9, 4),
    normalized_values  jsonb          not null default '{}',
    missing            boolean        not null,
    missing_variables  jsonb          not null default '[]',
    primary key (run_id, territory_id),
    unique (run_id, position),
    check ((missing and rank is null and score is null) or (not missing and rank >= 1 and score is not null))
);

-- A saved run is evidence of a decision: it is never changed nor deleted.
create function prioritization_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'Las priorizaciones guardadas no se modifican ni se borran (%).', tg_table_name;
end;
$$;
create trigger prioritization_run_immutable before update or delete on prioritization_run
    for each row execute function prioritization_immutable();
create trigger prioritization_result_immutable before update or delete on prioritization_result
    for each row execute function prioritization_immutable();
