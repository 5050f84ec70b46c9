-- Territory: one tree per jurisdiction, with the levels each jurisdiction configures.

create extension if not exists pg_trgm;

create table territory_level (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,       -- e.g. localidad, upz, comuna, corregimiento
    name            varchar(100) not null,       -- e.g. Localidad, UPZ, Comuna
    rank            smallint     not null check (rank >= 0),  -- 0 is the root level; levels may share a rank
    unique (jurisdiction_id, code)
);

create table territory (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    level_id        bigint       not null references territory_level (id),
    parent_id       bigint references territory (id),
    code            varchar(40)  not null,
    name            varchar(200) not null,
    name_key        varchar(200) not null,       -- lower case without accents, for matching and search
    area_type       varchar(10)  not null check (area_type in ('URBAN', 'RURAL', 'MIXED')),
    population      integer check (population >= 0),
    path            varchar(800) not null,       -- ids from the root, '/1/5/23/': a subtree is a prefix
    depth           smallint     not null,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (jurisdiction_id, code)
);
create index territory_path_idx on territory (path varchar_pattern_ops);
create index territory_parent_idx on territory (parent_id, name);
create index territory_level_idx on territory (jurisdiction_id, level_id, name);
create index territory_name_trgm_idx on territory using gin (name_key gin_trgm_ops);

alter table app_user
    add constraint app_user_territory_fk foreign key (territory_id) references territory (id);
