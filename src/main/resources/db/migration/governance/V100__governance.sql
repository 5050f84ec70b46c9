-- governance: intersectoral bodies (macro, meso, micro), members, sessions, attendance, minutes, commitments,
-- barriers with their escalation trail, demonstration exercises.

create table gov_body (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    name            varchar(300) not null,
    body_type       varchar(40)  not null,
    level           varchar(10)  not null check (level in ('MACRO', 'MESO', 'MICRO')),
    territory_id    bigint       not null references territory (id),
    territory_path  varchar(800) not null,
    parent_id       bigint references gov_body (id),
    periodicity     varchar(20)  not null,
    quorum_percent  integer      not null default 51 check (quorum_percent between 1 and 100),
    description     text,
    active          boolean      not null default true,
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (jurisdiction_id, code)
);
create index gov_body_path on gov_body (jurisdiction_id, territory_path varchar_pattern_ops);
create index gov_body_parent on gov_body (parent_id);

create table gov_member (
    id               bigint generated always as identity primary key,
    body_id          bigint       not null references gov_body (id),
    actor_id         bigint       not null references actor (id),
    person_name      varchar(200),
    position         varchar(200) not null,
    email            varchar(200),
    user_id          bigint references app_user (id),
    pending_username varchar(60),  -- demo data: the account it is linked to once it exists
    role             varchar(30)  not null check (role in ('LEADS', 'TECHNICAL_SECRETARIAT', 'MEMBER', 'OCCASIONAL_GUEST')),
    active           boolean      not null default true,
    created_at       timestamptz  not null default now()
);
create index gov_member_body on gov_member (body_id);
create index gov_member_user on gov_member (user_id) where user_id is not null;

create table gov_session (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    body_id         bigint       not null references gov_body (id),
    number          integer      not null,
    starts_at       timestamptz  not null,
    duration_min    integer      not null default 120,
    place           varchar(300),
    link            varchar(500),
    agenda          text,
    minutes         text,
    decisions       text,
    status          varchar(20)  not null default 'SCHEDULED' check (status in ('SCHEDULED', 'HELD', 'CLOSED', 'CANCELLED')),
    closed_at       timestamptz,
    closed_by       varchar(200),
    version         integer      not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (body_id, number)
);
create index gov_session_body on gov_session (body_id, starts_at);

create table gov_attendance (
    session_id bigint      not null references gov_session (id),
    member_id  bigint      not null references gov_member (id),
    status     varchar(10) not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    primary key (session_id, member_id)
);

create table gov_commitment (
    id                    bigint generated always as identity primary key,
    jurisdiction_id       bigint        not null references jurisdiction (id),
    body_id               bigint        not null references gov_body (id),
    session_id            bigint references gov_session (id),
    territory_path        varchar(800)  not null,
    title                 varchar(500)  not null,
    description           text,
    responsible_actor_id  bigint        not null references actor (id),
    responsible_member_id bigint references gov_member (id),
    responsible_person    varchar(200),
    responsible_user_id   bigint references app_user (id),
    strategic_goal        varchar(300),
    sectors               varchar(40)[] not null default '{}',
    due_date              date          not null,
    status                varchar(20)   not null check (status in ('PENDING', 'IN_PROGRESS', 'DONE', 'OVERDUE', 'CANCELLED')),
    progress              integer       not null default 0 check (progress between 0 and 100),
    completed_on          date,
    version               integer       not null default 0,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now()
);
-- "mis compromisos": open ones first by due date
create index gov_commitment_user on gov_commitment (responsible_user_id, due_date, id) where responsible_user_id is not null;
-- a body's open and overdue lists
create index gov_commitment_body_open on gov_commitment (body_id, due_date, id) where status in ('PENDING', 'IN_PROGRESS', 'OVERDUE');
create index gov_commitment_body on gov_commitment (body_id, id);
create index gov_commitment_session on gov_commitment (session_id);
create index gov_commitment_open_due on gov_commitment (due_date) where status in ('PENDING', 'IN_PROGRESS', 'OVERDUE');

create table gov_commitment_actor (
    commitment_id bigint not null references gov_commitment (id),
    actor_id      bigint not null references actor (id),
    primary key (commitment_id, actor_id)
);

create table gov_commitment_note (
    id            bigint generated always as identity primary key,
    commitment_id bigint       not null references gov_commitment (id),
    session_id    bigint references gov_session (id),
    note          text         not null,
    progress      integer check (progress between 0 and 100),
    author        varchar(200) not null,
    created_at    timestamptz  not null default now()
);
create index gov_commitment_note_c on gov_commitment_note (commitment_id, id);

create table gov_commitment_evidence (
    id            bigint generated always as identity primary key,
    commitment_id bigint       not null references gov_commitment (id),
    name          varchar(300) not null,
    url           varchar(1000),
    content_type  varchar(200),
    content       bytea,
    author        varchar(200) not null,
    created_at    timestamptz  not null default now(),
    check ((url is null) <> (content is null))
);
create index gov_commitment_evidence_c on gov_commitment_evidence (commitment_id);

create table gov_barrier (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint        not null references jurisdiction (id),
    kind             varchar(10)   not null default 'BARRIER' check (kind in ('BARRIER', 'NEED')),
    barrier_type     varchar(20)   not null,
    title            varchar(300)  not null,
    description      text,
    territory_id     bigint        not null references territory (id),
    territory_path   varchar(800)  not null,
    origin_body_id   bigint        not null references gov_body (id),
    current_body_id  bigint        not null references gov_body (id),
    status           varchar(20)   not null check (status in ('OPEN', 'ESCALATED', 'RETURNED', 'RESOLVED', 'CLOSED')),
    decision         text,
    source           varchar(40),
    source_reference varchar(300),
    version          integer       not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now()
);
create index gov_barrier_current on gov_barrier (current_body_id, status);
create index gov_barrier_origin on gov_barrier (origin_body_id);
create index gov_barrier_path on gov_barrier (jurisdiction_id, territory_path varchar_pattern_ops);

create table gov_barrier_service (
    barrier_id bigint not null references gov_barrier (id),
    service_id bigint not null references offer_service (id),
    primary key (barrier_id, service_id)
);

-- the escalation trail: who, when, from where to where, what was decided
create table gov_escalation (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    barrier_id      bigint       not null references gov_barrier (id),
    action          varchar(20)  not null check (action in ('RAISED', 'ESCALATED', 'RESOLVED', 'RETURNED', 'CLOSED', 'REOPENED')),
    from_body_id    bigint references gov_body (id),
    to_body_id      bigint       not null references gov_body (id),
    note            text,
    user_id         bigint,
    user_name       varchar(200) not null,
    created_at      timestamptz  not null default now()
);
create index gov_escalation_barrier on gov_escalation (barrier_id, id);

create table gov_exercise (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint         not null references jurisdiction (id),
    body_id         bigint references gov_body (id),
    code            varchar(40)    not null,
    name            varchar(300)   not null,
    objective       text           not null,
    territory_id    bigint         not null references territory (id),
    territory_path  varchar(800)   not null,
    sectors         varchar(40)[]  not null default '{}',
    status          varchar(20)    not null check (status in ('PLANNED', 'RUNNING', 'EVALUATED')),
    start_date      date,
    end_date        date,
    evaluation      text,
    version         integer        not null default 0,
    created_at      timestamptz    not null default now(),
    unique (jurisdiction_id, code)
);
create index gov_exercise_path on gov_exercise (jurisdiction_id, territory_path varchar_pattern_ops);

create table gov_exercise_actor (
    exercise_id bigint not null references gov_exercise (id),
    actor_id    bigint not null references actor (id),
    primary key (exercise_id, actor_id)
);

create table gov_exercise_milestone (
    id          bigint generated always as identity primary key,
    exercise_id bigint       not null references gov_exercise (id),
    title       varchar(300) not null,
    due_date    date         not null,
    done_on     date
);
create index gov_exercise_milestone_e on gov_exercise_milestone (exercise_id, due_date);

create table gov_exercise_note (
    id          bigint generated always as identity primary key,
    exercise_id bigint       not null references gov_exercise (id),
    note        text         not null,
    author      varchar(200) not null,
    created_at  timestamptz  not null default now()
);
create index gov_exercise_note_e on gov_exercise_note (exercise_id, id);
