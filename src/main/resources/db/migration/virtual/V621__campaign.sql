-- Communication campaigns (issue 21): objective, audiences, calendar, the physical and virtual territories they go
-- through, and their pieces with every version kept and the one approved.

create table campaign (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    territory_id    bigint        not null references territory (id),
    territory_path  varchar(400)  not null,
    code            varchar(40)   not null,
    name            varchar(200)  not null,
    objective       varchar(4000) not null,
    audiences       varchar(1000),
    starts_on       date          not null,
    ends_on         date          not null,
    status          varchar(20)   not null,
    created_by      varchar(60)   not null,
    version         integer       not null default 0,
    unique (jurisdiction_id, code)
);
create index campaign_scope on campaign (jurisdiction_id, territory_path varchar_pattern_ops);
create table campaign_territory (
    campaign_id  bigint not null references campaign (id) on delete cascade,
    territory_id bigint not null references territory (id),
    primary key (campaign_id, territory_id)
);
create table campaign_channel (
    campaign_id          bigint not null references campaign (id) on delete cascade,
    virtual_territory_id bigint not null references virtual_territory (id),
    primary key (campaign_id, virtual_territory_id)
);
create table campaign_piece (
    id               bigint generated always as identity primary key,
    campaign_id      bigint       not null references campaign (id) on delete cascade,
    title            varchar(200) not null,
    kind             varchar(20)  not null,
    approved_version integer,
    approved_by      varchar(60),
    version          integer      not null default 0
);
create index campaign_piece_of on campaign_piece (campaign_id);
create table campaign_piece_version (
    piece_id   bigint        not null references campaign_piece (id) on delete cascade,
    position   integer       not null,
    body       varchar(2000),
    link       varchar(500),
    image_type varchar(40),
    image      bytea,
    author     varchar(60)   not null,
    primary key (piece_id, position)
);
