-- Agreements and contracts (convenios, contratos interadministrativos) between actors that fund the actions of an
-- action plan (issue 23): parties, object, value in the plan's currency, dates, the actions they fund, documents.
create table agreement (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint         not null references jurisdiction (id),
    action_plan_id  bigint         not null references action_plan (id),
    territory_path  varchar(800)   not null,   -- the plan's territory: who is told before it expires
    code            varchar(40)    not null,
    kind            varchar(30)    not null check (kind in ('CONVENIO', 'INTERADMINISTRATIVE_CONTRACT')),
    object          varchar(2000)  not null,
    value           numeric(18, 2) not null check (value >= 0),
    currency        char(3)        not null check (currency in ('COP', 'CLP')),
    starts_on       date           not null,
    ends_on         date           not null,
    version         integer        not null default 0,
    unique (jurisdiction_id, code),
    check (starts_on <= ends_on)
);
create index agreement_plan_idx on agreement (action_plan_id);
create index agreement_ends_idx on agreement (jurisdiction_id, ends_on);

create table agreement_party (
    agreement_id bigint       not null references agreement (id) on delete cascade,
    position     integer      not null,
    party        varchar(200) not null,
    primary key (agreement_id, position)
);

create table agreement_funded_action (
    agreement_id   bigint not null references agreement (id) on delete cascade,
    plan_action_id bigint not null references plan_action (id),
    primary key (agreement_id, plan_action_id)
);

create table agreement_document (
    agreement_id bigint        not null references agreement (id) on delete cascade,
    position     integer       not null,
    title        varchar(300)  not null,
    url          varchar(1000) not null,
    primary key (agreement_id, position)
);
