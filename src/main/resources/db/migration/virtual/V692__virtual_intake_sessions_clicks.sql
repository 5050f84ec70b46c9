-- Issue 21, second part. What a moderator brought from a virtual territory into Minga (a participation contribution
-- or the start of a referral: only the other module's id, never a personal datum); online sessions (pedagogical or
-- dialogic) with their agenda, materials and attendance (a person registered by the facilitator under the privacy
-- rules, or an anonymous tick sent through the session's public form); and the opens of Minga's links in campaign
-- pieces, counted per day without any datum of who opened them.

create table online_session (
    id                   bigint generated always as identity primary key,
    jurisdiction_id      bigint        not null references jurisdiction (id),
    virtual_territory_id bigint        not null references virtual_territory (id),
    territory_path       varchar(400)  not null,
    campaign_id          bigint references campaign (id),
    modality             varchar(20)   not null,
    title                varchar(200)  not null,
    held_on              date          not null,
    link                 varchar(500)  not null,
    agenda               varchar(4000),
    health_topic         varchar(120),
    public_token         varchar(40)   not null unique,
    created_by           varchar(60)   not null,
    version              integer       not null default 0
);
create index online_session_scope on online_session (jurisdiction_id, territory_path varchar_pattern_ops);
create index online_session_of on online_session (virtual_territory_id);
create table online_session_material (
    online_session_id bigint       not null references online_session (id) on delete cascade,
    position          integer      not null,
    title             varchar(200) not null,
    link              varchar(500) not null,
    primary key (online_session_id, position)
);
create table online_session_attendance (
    online_session_id bigint      not null references online_session (id) on delete cascade,
    position          integer     not null,
    person_id         bigint,
    registered_by     varchar(20) not null,
    registered_at     timestamptz not null,
    primary key (online_session_id, position)
);
create unique index online_session_attendance_person on online_session_attendance (online_session_id, person_id)
    where person_id is not null;

create table virtual_intake (
    id                   bigint generated always as identity primary key,
    virtual_territory_id bigint      not null references virtual_territory (id) on delete cascade,
    territory_path       varchar(400) not null,
    campaign_id          bigint references campaign (id),
    online_session_id    bigint references online_session (id),
    kind                 varchar(20) not null check (kind in ('CONTRIBUTION', 'REFERRAL')),
    target_id            bigint      not null,
    recorded_on          date        not null,
    recorded_by          varchar(60) not null
);
create index virtual_intake_of on virtual_intake (virtual_territory_id);
create index virtual_intake_campaign on virtual_intake (campaign_id) where campaign_id is not null;

create table campaign_link_click (
    piece_id   bigint  not null references campaign_piece (id) on delete cascade,
    clicked_on date    not null,
    clicks     integer not null check (clicks > 0),
    primary key (piece_id, clicked_on)
);
