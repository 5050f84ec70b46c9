-- Redes MAS Bienestar and community leaderships (issue 24, seed 004). A network ties member actors and persons
-- (household persons whose data may be used: authorized, not anonymised) in its territories, and feeds a body.
-- A leadership is a community leader's record (a household person, so under the same privacy rules) with the
-- trajectory of spaces, trainings and bodies they took part in; new leaderships promoted are marked.
create table gov_network (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    name            varchar(300) not null,
    purpose         varchar(2000),
    territory_id    bigint       not null references territory (id),
    territory_path  varchar(800) not null,
    feeds_body_id   bigint references gov_body (id),
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (jurisdiction_id, code)
);
create index gov_network_path on gov_network (jurisdiction_id, territory_path varchar_pattern_ops);

create table gov_network_territory (
    network_id   bigint not null references gov_network (id) on delete cascade,
    territory_id bigint not null references territory (id),
    primary key (network_id, territory_id)
);

create table gov_network_member (
    network_id bigint       not null references gov_network (id) on delete cascade,
    position   integer      not null,
    actor_id   bigint references actor (id),
    person_id  bigint,
    role       varchar(200),
    joined_on  date         not null,
    primary key (network_id, position),
    check ((actor_id is null) <> (person_id is null))
);
create index gov_network_member_person on gov_network_member (person_id) where person_id is not null;

create table gov_leadership (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    person_id       bigint       not null,
    territory_id    bigint       not null references territory (id),
    territory_path  varchar(800) not null,
    organization_id bigint references actor (id),
    field           varchar(300) not null,
    since           date         not null,
    emerging        boolean      not null default false,
    active          boolean      not null default true,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (jurisdiction_id, person_id)
);
create index gov_leadership_path on gov_leadership (jurisdiction_id, territory_path varchar_pattern_ops);

create table gov_leadership_step (
    leadership_id bigint       not null references gov_leadership (id) on delete cascade,
    position      integer      not null,
    kind          varchar(20)  not null check (kind in ('SPACE', 'TRAINING', 'BODY')),
    name          varchar(300) not null,
    on_date       date         not null,
    primary key (leadership_id, position)
);
