-- Petitions (issue 24, seed 004): a lower body, or a participation space through another module (a citizen
-- petition, an improvement action), raises a matter to a higher body's agenda; the higher body places it on one of
-- its sessions and answers it, and the answer goes back to where it came from.
create table gov_petition (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint       not null references jurisdiction (id),
    territory_path   varchar(800) not null,
    from_body_id     bigint references gov_body (id),
    source           varchar(30)  not null check (source in ('BODY', 'PARTICIPATION_SPACE', 'IMPROVEMENT_ACTION')),
    source_reference varchar(300),
    to_body_id       bigint       not null references gov_body (id),
    title            varchar(300) not null,
    description      text,
    raised_by        varchar(200) not null,
    raised_at        timestamptz  not null,
    status           varchar(20)  not null check (status in ('RAISED', 'ON_AGENDA', 'ANSWERED')),
    session_id       bigint references gov_session (id),
    answer           text,
    answered_by      varchar(200),
    answered_at      timestamptz,
    version          integer      not null default 0,
    updated_at       timestamptz  not null,
    check (from_body_id is null or from_body_id <> to_body_id),
    check ((status = 'ANSWERED') = (answer is not null))
);
create index gov_petition_to on gov_petition (to_body_id, status);
create index gov_petition_from on gov_petition (from_body_id) where from_body_id is not null;
create index gov_petition_session on gov_petition (session_id) where session_id is not null;
