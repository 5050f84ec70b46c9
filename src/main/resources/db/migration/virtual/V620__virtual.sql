-- Virtual territories (issue 21): digital communities anchored in the physical territory whose team runs them, the
-- territories and population groups they reach, their stewards and their reach per date (one row a date).

create table virtual_territory (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    territory_id    bigint        not null references territory (id),
    territory_path  varchar(400)  not null,
    code            varchar(40)   not null,
    name            varchar(200)  not null,
    kind            varchar(30)   not null,
    address         varchar(500),
    rules           varchar(4000),
    created_by      varchar(60)   not null,
    version         integer       not null default 0,
    unique (jurisdiction_id, code)
);
create index virtual_territory_scope on virtual_territory (jurisdiction_id, territory_path varchar_pattern_ops);
create table virtual_territory_reaches (
    virtual_territory_id bigint not null references virtual_territory (id) on delete cascade,
    territory_id         bigint not null references territory (id),
    primary key (virtual_territory_id, territory_id)
);
create table virtual_territory_population_group (
    virtual_territory_id bigint       not null references virtual_territory (id) on delete cascade,
    position             integer      not null,
    name                 varchar(120) not null,
    primary key (virtual_territory_id, position)
);
create table virtual_territory_steward (
    virtual_territory_id bigint       not null references virtual_territory (id) on delete cascade,
    position             integer      not null,
    name                 varchar(200) not null,
    role                 varchar(20)  not null,
    primary key (virtual_territory_id, position)
);
create table virtual_territory_reach (
    virtual_territory_id bigint  not null references virtual_territory (id) on delete cascade,
    position             integer not null,
    measured_on          date    not null,
    members              integer not null check (members >= 0),
    followers            integer not null check (followers >= 0),
    primary key (virtual_territory_id, position),
    unique (virtual_territory_id, measured_on)
);
