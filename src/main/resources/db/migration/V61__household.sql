-- Households, persons, characterisation instruments and answers, alerts, care plans and field teams.
-- Rows keep a copy of their territory's path so that scope filters (path like '/1/5/%') use one index.

create table field_team (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    name            varchar(200) not null,
    version         integer      not null default 0,
    unique (jurisdiction_id, code)
);
create table field_team_member (
    id        bigint generated always as identity primary key,
    team_id   bigint       not null references field_team (id) on delete cascade,
    name      varchar(200) not null,
    role      varchar(100) not null,
    username  varchar(60)
);
create table field_team_territory (
    team_id      bigint not null references field_team (id) on delete cascade,
    territory_id bigint not null references territory (id),
    primary key (team_id, territory_id)
);

create table household (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    territory_id    bigint       not null references territory (id),
    territory_path  varchar(800) not null,
    address         varchar(300),
    latitude        double precision,
    longitude       double precision,
    estrato         smallint check (estrato between 0 and 6),
    sisben_group    varchar(3),
    priority        boolean      not null default false,
    field_team_id   bigint references field_team (id),
    next_visit_on   date,
    created_by      varchar(60),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    unique (jurisdiction_id, code)
);
create index household_scope_idx on household (jurisdiction_id, territory_path varchar_pattern_ops);
create index household_team_idx on household (field_team_id);

create table person (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint       not null references jurisdiction (id),
    household_id     bigint references household (id),
    relation         varchar(20),
    territory_id     bigint       not null references territory (id),
    territory_path   varchar(800) not null,
    document_type    varchar(12)  not null,
    document_number  varchar(20),
    first_name       varchar(100) not null,
    middle_name      varchar(100),
    last_name        varchar(100) not null,
    second_last_name varchar(100),
    name_key         varchar(400) not null,
    birth_date       date,
    sex              varchar(1)   check (sex in ('F', 'M', 'I')),
    gender_identity  varchar(60),
    ethnicity        varchar(30),
    disability       boolean      not null default false,
    disability_certified boolean  not null default false,
    population_groups varchar(400),
    phone            varchar(40),
    email            varchar(200),
    processing_stopped boolean    not null default false,
    anonymised_at    timestamptz,
    merged_into      bigint references person (id),
    created_by       varchar(60),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          integer      not null default 0
);
-- One person per document in a jurisdiction (a shard key); merged and anonymised rows keep their history.
create unique index person_document_uq on person (jurisdiction_id, document_type, document_number)
    where document_number is not null and merged_into is null;
create index person_similar_idx on person (jurisdiction_id, birth_date);
create index person_household_idx on person (household_id);
create index person_scope_idx on person (jurisdiction_id, territory_path varchar_pattern_ops);
create index person_name_trgm_idx on person using gin (name_key gin_trgm_ops);

create table instrument (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    name            varchar(200) not null,
    subject         varchar(10)  not null check (subject in ('HOUSEHOLD', 'PERSON')),
    current_version integer      not null default 1,
    version         integer      not null default 0,
    unique (jurisdiction_id, code)
);
create table instrument_version (
    id            bigint generated always as identity primary key,
    instrument_id bigint      not null references instrument (id),
    number        integer     not null,
    definition    jsonb       not null,
    published_at  timestamptz not null default now(),
    published_by  varchar(60),
    unique (instrument_id, number)
);

create table characterization (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    instrument_version_id bigint not null references instrument_version (id),
    household_id    bigint       not null references household (id),
    person_id       bigint references person (id),
    territory_path  varchar(800) not null,
    answered_on     date         not null,
    answers         jsonb        not null,
    created_by      varchar(60),
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0
);
create index characterization_household_idx on characterization (household_id, answered_on desc);
create index characterization_person_idx on characterization (person_id);

create table alert_rule (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    name            varchar(200) not null,
    kind            varchar(40)  not null,
    params          jsonb        not null default '{}',
    severity        varchar(10)  not null check (severity in ('BAJA', 'MEDIA', 'ALTA', 'CRITICA')),
    due_days        integer      not null default 15 check (due_days between 1 and 365),
    active          boolean      not null default true,
    version         integer      not null default 0,
    unique (jurisdiction_id, code)
);

create table alert (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    rule_id         bigint       not null references alert_rule (id),
    household_id    bigint       not null references household (id),
    person_id       bigint references person (id),
    territory_path  varchar(800) not null,
    severity        varchar(10)  not null,
    field_team_id   bigint references field_team (id),
    status          varchar(12)  not null check (status in ('ABIERTA', 'EN_GESTION', 'CERRADA')),
    detail          varchar(500) not null,
    due_on          date         not null,
    created_at      timestamptz  not null default now(),
    closed_at       timestamptz,
    closing_note    varchar(1000),
    version         integer      not null default 0
);
create unique index alert_open_uq on alert (rule_id, household_id, coalesce(person_id, 0)) where status <> 'CERRADA';
create index alert_scope_idx on alert (jurisdiction_id, status, territory_path varchar_pattern_ops);
create index alert_person_idx on alert (person_id);

create table care_plan (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    household_id    bigint       not null references household (id),
    territory_path  varchar(800) not null,
    status          varchar(10)  not null check (status in ('ACTIVO', 'CERRADO')),
    opened_on       date         not null,
    closed_on       date,
    created_by      varchar(60),
    version         integer      not null default 0
);
create index care_plan_household_idx on care_plan (household_id);
create table care_plan_action (
    id               bigint generated always as identity primary key,
    care_plan_id     bigint        not null references care_plan (id) on delete cascade,
    need             varchar(500)  not null,
    action           varchar(1000) not null,
    responsible_type varchar(12)   not null check (responsible_type in ('FAMILIA', 'EQUIPO', 'ENTIDAD')),
    responsible_name varchar(200)  not null,
    start_on         date          not null,
    due_on           date          not null,
    status           varchar(12)   not null check (status in ('PENDIENTE', 'EN_CURSO', 'CUMPLIDA', 'NO_CUMPLIDA')),
    version          integer       not null default 0
);
create table care_plan_visit (
    id            bigint generated always as identity primary key,
    care_plan_id  bigint        not null references care_plan (id) on delete cascade,
    visited_on    date          not null,
    notes         varchar(2000) not null,
    next_visit_on date,
    created_by    varchar(60)
);
