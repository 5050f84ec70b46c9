-- Platform: jurisdictions, users, audit log, demo-data bookkeeping, module event registry.

create table jurisdiction (
    id          bigint generated always as identity primary key,
    code        varchar(10)  not null unique,   -- DIVIPOLA (CO) or código comunal (CL)
    name        varchar(200) not null,
    country     char(2)      not null check (country in ('CO', 'CL')),
    time_zone   varchar(60)  not null,
    version     integer      not null default 0,
    created_at  timestamptz  not null default now()
);

create table app_user (
    id              bigint generated always as identity primary key,
    username        varchar(60)  not null unique,
    password_hash   varchar(200) not null,
    full_name       varchar(200) not null,
    email           varchar(200),
    role            varchar(30)  not null check (role in
                    ('ADMINISTRATOR', 'DISTRICT', 'ZONAL', 'LOCAL', 'FIELD_TEAM', 'PRACTICE_EVALUATOR', 'READ_ONLY')),
    jurisdiction_id bigint references jurisdiction (id),   -- null only for administrators of all jurisdictions
    territory_id    bigint,                                  -- FK added by the territory module
    enabled         boolean      not null default true,
    failed_logins   integer      not null default 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    constraint app_user_scope check (role = 'ADMINISTRATOR' or jurisdiction_id is not null)
);
create index app_user_jurisdiction_idx on app_user (jurisdiction_id);
-- usernames are unique regardless of case, and looked up that way at every login
create unique index app_user_username_lower_idx on app_user (lower(username));

create table audit_log (
    id              bigint generated always as identity primary key,
    at              timestamptz  not null default now(),
    username        varchar(60),
    jurisdiction_id bigint,
    action          varchar(40)  not null,     -- LOGIN, LOGIN_FAILED, LOCKED, CREATE, UPDATE, DELETE, IMPORT, ...
    entity_type     varchar(60),
    entity_id       varchar(60),
    summary         varchar(500),
    before_state    jsonb,
    after_state     jsonb,
    remote_address  varchar(60)
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);
create index audit_log_user_idx on audit_log (username, at desc);

-- One row per demo dataset already loaded, so demo data is loaded once even as modules add more.
create table demo_dataset (
    name       varchar(100) primary key,
    loaded_at  timestamptz not null default now()
);

-- Spring Modulith JDBC event publication registry.
create table event_publication (
    id               uuid        not null primary key,
    listener_id      text        not null,
    event_type       text        not null,
    serialized_event text        not null,
    publication_date timestamptz not null,
    completion_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
