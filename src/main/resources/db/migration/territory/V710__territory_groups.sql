-- Groups of territories by shared needs (issue 22): a clustering of one level's territories on chosen social
-- variables of one year, saved as evidence like a prioritisation run, each group a saved set of territories that other
-- modules (fairs, care routes, plans) read as a target group through territory's public API.

create table territory_clustering (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint        not null references jurisdiction (id),
    name             varchar(200)  not null,
    level_code       varchar(60)   not null,
    level_name       varchar(200)  not null,
    year             integer       not null,
    group_count      integer       not null check (group_count between 2 and 12),
    method           varchar(300)  not null,   -- the method in words, as the page names it
    seed             bigint        not null,
    scope_path       varchar(400)  not null,   -- '/' for the whole jurisdiction, else the subtree clustered
    variables        jsonb         not null,   -- [{code, name, unit}]
    notes            jsonb         not null,
    unassigned       jsonb         not null,   -- territories left out for lack of data: [{id, code, name, missing}]
    created_by       varchar(60)   not null,
    created_at       timestamptz   not null default now()
);
create index territory_clustering_jurisdiction on territory_clustering (jurisdiction_id, created_at desc);

create table territory_group (
    id               bigint generated always as identity primary key,
    clustering_id    bigint        not null references territory_clustering (id),
    jurisdiction_id  bigint        not null references jurisdiction (id),
    number           integer       not null check (number >= 1),
    name             varchar(200)  not null,
    profile          text          not null,   -- what sets the group apart, in words
    centroid         jsonb         not null,   -- mean value of each variable in the group: {code: value}
    unique (clustering_id, number)
);

create table territory_group_member (
    group_id       bigint  not null references territory_group (id),
    clustering_id  bigint  not null references territory_clustering (id),
    territory_id   bigint  not null references territory (id),
    primary key (group_id, territory_id),
    unique (clustering_id, territory_id)   -- a territory is in exactly one group of a clustering
);
create index territory_group_member_territory on territory_group_member (territory_id);
