-- Social variables: a catalogue per jurisdiction and the value of each variable per territory and year.

create table social_variable (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    code            varchar(60)   not null check (code ~ '^[a-z0-9][a-z0-9_-]*$'),  -- e.g. pobreza_multidimensional
    name            varchar(200)  not null,
    description     varchar(2000),
    unit            varchar(60)   not null,   -- personas, %, índice, tasa por 1.000 ...
    source          varchar(300),             -- DANE CNPV 2018, SISBEN IV, SDP Encuesta Multipropósito 2021 ...
    direction       varchar(20)   not null check (direction in ('HIGHER_IS_WORSE', 'HIGHER_IS_BETTER')),
    version         integer       not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    unique (jurisdiction_id, code)
);

create table variable_value (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint         not null references jurisdiction (id),
    territory_id    bigint         not null references territory (id),
    variable_id     bigint         not null references social_variable (id),
    year            smallint       not null check (year between 1900 and 2100),
    value           numeric(24, 6) not null,
    source_note     varchar(300),
    updated_at      timestamptz    not null default now(),
    unique (territory_id, variable_id, year)
);
create index variable_value_variable_year_idx on variable_value (variable_id, year);
