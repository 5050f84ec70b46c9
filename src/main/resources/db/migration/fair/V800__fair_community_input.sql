-- Community input to a fair (issue 24): a participation space or a survey, participation's records named by kind and
-- id (platform.LinkTargets, the fair reads none of participation's tables), that fed the fair's planning or its
-- evaluation.
create table fair_community_input (
    id         bigint generated always as identity primary key,
    fair_id    bigint       not null references fair (id) on delete cascade,
    role       varchar(12)  not null check (role in ('PLANNING', 'EVALUATION')),
    kind       varchar(40)  not null,
    record_id  bigint       not null,
    added_by   varchar(60),
    added_at   timestamptz  not null default now(),
    unique (fair_id, role, kind, record_id)
);
create index fair_community_input_fair_idx on fair_community_input (fair_id);
