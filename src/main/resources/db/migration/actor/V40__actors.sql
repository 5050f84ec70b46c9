-- Actors (organisations that act in territories), their contact people, alliances and social assets.

create table actor (
    id              bigint generated always as identity primary key,
    uid             uuid          not null default gen_random_uuid() unique,  -- public id (HSDS organization.id)
    jurisdiction_id bigint        not null references jurisdiction (id),
    code            varchar(60)   not null,
    name            varchar(300)  not null,
    acronym         varchar(60),
    type            varchar(30)   not null check (type in ('PUBLIC_ENTITY', 'SECRETARIAT', 'NGO', 'COMMUNITY_ORGANIZATION',
                        'PRIVATE_COMPANY', 'ACADEMIA', 'INTERNATIONAL_COOPERATION', 'CHURCH', 'COMMUNITY_LEADER', 'GUILD')),
    parent_id       bigint references actor (id),
    sectors         varchar(40)[] not null default '{}',
    description     varchar(4000),
    website         varchar(300),
    email           varchar(200),
    phone           varchar(60),
    status          varchar(20)   not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE')),
    search_key      varchar(1200) not null,  -- name, acronym and code, lower case without accents
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    unique (jurisdiction_id, code),
    check (parent_id is null or parent_id <> id)
);
create index actor_jurisdiction_name_idx on actor (jurisdiction_id, name);
create index actor_parent_idx on actor (parent_id);
create index actor_search_trgm_idx on actor using gin (search_key gin_trgm_ops);

-- Where an actor acts. A copy of the territory's path makes subtree queries one indexed prefix match.
create table actor_territory (
    actor_id       bigint       not null references actor (id) on delete cascade,
    territory_id   bigint       not null references territory (id),
    territory_path varchar(800) not null,
    primary key (actor_id, territory_id)
);
create index actor_territory_path_idx on actor_territory (territory_path varchar_pattern_ops);
create index actor_territory_territory_idx on actor_territory (territory_id);

-- Contact people are personal data (Ley 1581 de 2012): stored only with the authorization recorded.
create table actor_contact (
    id                       bigint generated always as identity primary key,
    actor_id                 bigint        not null references actor (id) on delete cascade,
    jurisdiction_id          bigint        not null references jurisdiction (id),
    full_name                varchar(200)  not null,
    position                 varchar(200),
    email                    varchar(200),
    phone                    varchar(60),
    authorized_by            varchar(200)  not null,  -- who gave the authorization (the contact person)
    authorized_at            date          not null,  -- when
    authorization_purpose    varchar(1000) not null,  -- what for
    authorization_channel    varchar(100)  not null,  -- written form, e-mail, recorded call...
    recorded_by              bigint        not null references app_user (id),
    created_at               timestamptz   not null default now()
);
create index actor_contact_actor_idx on actor_contact (actor_id);

create table alliance (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    code            varchar(60)   not null,
    name            varchar(300)  not null,
    purpose         varchar(4000) not null,
    scope           varchar(20)   not null check (scope in ('INTERNAL', 'EXTERNAL')),
    territory_id    bigint references territory (id),
    territory_path  varchar(800),
    start_date      date          not null,
    end_date        date,
    status          varchar(20)   not null default 'ACTIVE' check (status in ('ACTIVE', 'FINISHED', 'SUSPENDED')),
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    unique (jurisdiction_id, code),
    check (end_date is null or end_date >= start_date)
);
create index alliance_jurisdiction_idx on alliance (jurisdiction_id, name);

create table alliance_member (
    alliance_id  bigint        not null references alliance (id) on delete cascade,
    actor_id     bigint        not null references actor (id),
    contribution varchar(1000),  -- perifoneo, refrigerios, embellecimiento, recursos, personal...
    primary key (alliance_id, actor_id)
);
create index alliance_member_actor_idx on alliance_member (actor_id);

create table social_asset (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    code            varchar(60)   not null,
    name            varchar(300)  not null,
    kind            varchar(20)   not null check (kind in ('PLACE', 'GROUP', 'LEADER', 'PROGRAMME')),
    nature          varchar(20)   not null check (nature in ('COMMUNITY', 'INSTITUTIONAL')),
    description     varchar(4000),
    actor_id        bigint references actor (id),
    territory_id    bigint references territory (id),
    territory_path  varchar(800),
    address         varchar(300),
    latitude        double precision check (latitude between -90 and 90),
    longitude       double precision check (longitude between -180 and 180),
    status          varchar(20)   not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE')),
    search_key      varchar(1000) not null,
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    unique (jurisdiction_id, code),
    check ((latitude is null) = (longitude is null))
);
create index social_asset_path_idx on social_asset (jurisdiction_id, territory_path varchar_pattern_ops);
create index social_asset_search_trgm_idx on social_asset using gin (search_key gin_trgm_ops);
