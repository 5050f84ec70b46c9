-- What a jurisdiction's indicator values are called in its DHIS2: the data set, the id scheme (DHIS2 uids or
-- codes), the organisation unit of each territory and the data element (and category option combo) of each
-- indicator. Exports write these identifiers and imports read them back.
create table dhis2_mapping (
    jurisdiction_id bigint       primary key references jurisdiction (id),
    data_set        varchar(60)  not null,
    id_scheme       varchar(10)  not null check (id_scheme in ('UID', 'CODE')),
    version         integer      not null default 0,
    updated_by      varchar(60)  not null,
    updated_at      timestamptz  not null default now()
);

create table dhis2_org_unit (
    territory_id    bigint       primary key references territory (id),
    jurisdiction_id bigint       not null references dhis2_mapping (jurisdiction_id) on delete cascade,
    org_unit        varchar(60)  not null,
    unique (jurisdiction_id, org_unit)
);

create table dhis2_data_element (
    indicator_id          bigint      primary key references indicator (id) on delete cascade,
    jurisdiction_id       bigint      not null references dhis2_mapping (jurisdiction_id) on delete cascade,
    data_element          varchar(60) not null,
    category_option_combo varchar(60) not null default ''
);
-- one indicator per data element and category option combo, so an import knows where a value goes
create unique index dhis2_data_element_target on dhis2_data_element (jurisdiction_id, data_element, category_option_combo);
