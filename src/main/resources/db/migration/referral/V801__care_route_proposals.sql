-- A care route proposed from a community priority (issue 24): proposed until its owner approves it, with the
-- population and territory it serves and the priority it came from (participation's, named by kind and id through
-- platform.LinkTargets, with its words at the time). Routes made before are in force.
alter table care_route
    add column status       varchar(10)  not null default 'IN_FORCE' check (status in ('PROPOSED', 'IN_FORCE')),
    add column population   varchar(30),
    add column territory_id bigint references territory (id),
    add column origin_kind  varchar(40),
    add column origin_id    bigint,
    add column origin_title varchar(300),
    add column proposed_by  varchar(60),
    add column approved_by  varchar(60),
    add column approved_at  timestamptz;
