-- The institutional service offer: services with structured eligibility, the territories where they are
-- offered and their locations with schedules.

create table offer_service (
    id                 bigint generated always as identity primary key,
    uid                uuid           not null default gen_random_uuid() unique,  -- public id (HSDS service.id)
    jurisdiction_id    bigint         not null references jurisdiction (id),
    code               varchar(60)    not null,
    provider_id        bigint         not null references actor (id),
    name               varchar(300)   not null,
    description        varchar(4000)  not null,  -- in plain language
    sector             varchar(40)    not null,
    needs              varchar(30)[]  not null default '{}',
    value_groups       varchar(300),
    min_age            smallint check (min_age between 0 and 120),
    max_age            smallint check (max_age between 0 and 120),
    sex                varchar(10)    not null default 'ANY' check (sex in ('ANY', 'FEMALE', 'MALE')),
    population_groups  varchar(40)[]  not null default '{}',  -- the person must belong to one of them (empty: anyone)
    sisben_groups      varchar(3)[]   not null default '{}',  -- SISBEN IV groups admitted (empty: any, even none)
    eligibility_notes  varchar(2000),
    required_documents varchar(2000),
    cost               varchar(300),
    channels           varchar(20)[]  not null default '{}',
    how_to_apply       varchar(2000),
    legal_basis        varchar(1000),
    url                varchar(300),
    email              varchar(200),
    phone              varchar(60),
    status             varchar(20)    not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE', 'SUSPENDED')),
    offered_everywhere boolean        not null default true,  -- false: only in the listed territories
    area_paths         varchar(800)[] not null default '{}',  -- copy of the listed territories' paths: the eligibility
                                                              -- check is one array overlap with the person's ancestors
    search_key         varchar(6000)  not null,  -- name, description, provider, sector: lower case, no accents
    version            integer        not null default 0,
    created_at         timestamptz    not null default now(),
    updated_at         timestamptz    not null default now(),
    unique (jurisdiction_id, code),
    check (min_age is null or max_age is null or min_age <= max_age)
);
create index offer_service_jurisdiction_idx on offer_service (jurisdiction_id, status, name, id);
create index offer_service_provider_idx on offer_service (provider_id);
create index offer_service_search_trgm_idx on offer_service using gin (search_key gin_trgm_ops);

create table offer_service_territory (
    service_id     bigint       not null references offer_service (id) on delete cascade,
    territory_id   bigint       not null references territory (id),
    territory_path varchar(800) not null,
    primary key (service_id, territory_id)
);
create index offer_service_territory_path_idx on offer_service_territory (territory_path varchar_pattern_ops);

create table offer_service_location (
    id             bigint generated always as identity primary key,
    uid            uuid          not null default gen_random_uuid() unique,  -- HSDS service_at_location.id
    location_uid   uuid          not null default gen_random_uuid() unique,  -- HSDS location.id
    service_id     bigint        not null references offer_service (id) on delete cascade,
    name           varchar(300)  not null,
    address        varchar(300),
    territory_id   bigint references territory (id),
    latitude       double precision check (latitude between -90 and 90),
    longitude      double precision check (longitude between -180 and 180),
    schedule       varchar(500),  -- in words: "lunes a viernes de 8:00 a 12:00"
    opens_at       time,
    closes_at      time,
    weekdays       varchar(2)[]  not null default '{}',  -- RFC 5545 BYDAY codes: MO, TU, WE, TH, FR, SA, SU
    position       smallint      not null default 0
);
create index offer_service_location_service_idx on offer_service_location (service_id, position);

-- The eligibility rules of each service in a narrow row (kept in step by the service writes, in the same
-- transaction): counting the services a person may receive reads these instead of the wide service rows.
-- sisben_mask has bit i set for the i-th SISBEN IV group in the order A1..A5, B1..B7, C1..C18, D1..D21 (0: any).
create table offer_eligibility (
    service_id         bigint primary key references offer_service (id) on delete cascade,
    jurisdiction_id    bigint         not null,
    active             boolean        not null,
    min_age            smallint,
    max_age            smallint,
    sex                varchar(10)    not null,
    population_groups  varchar(40)[]  not null,
    sisben_mask        bigint         not null,
    offered_everywhere boolean        not null,
    area_paths         varchar(800)[] not null
);
create index offer_eligibility_jurisdiction_idx on offer_eligibility (jurisdiction_id, active);
