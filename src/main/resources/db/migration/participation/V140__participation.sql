-- Citizen participation: spaces (dialogues, workshops), convocation, empathy and service maps, contributions,
-- improvement actions, devolución, and surveys with versions and responses.
create table participation_space (
    id                   bigint generated always as identity primary key,
    jurisdiction_id      bigint        not null references jurisdiction (id),
    code                 varchar(60)   not null,
    kind                 varchar(20)   not null check (kind in ('DIALOGUE', 'TERRITORIAL_WORKSHOP', 'THEMATIC_WORKSHOP')),
    title                varchar(200)  not null,
    process              varchar(120)  not null,
    round                integer       not null default 1 check (round between 1 and 20),
    theme                varchar(120),
    territory_id         bigint        not null references territory (id),
    territory_path       varchar(800)  not null,
    service_point        varchar(160),
    held_on              date          not null,
    start_time           time,
    duration_minutes     integer       not null check (duration_minutes between 15 and 1440),
    participation_level  varchar(15)   not null check (participation_level in ('INFORMATIVO', 'CONSULTIVO', 'DELIBERATIVO', 'COGESTION')),
    organiser_actor_id   bigint,
    organiser_name       varchar(200)  not null,
    methodology          varchar(2000),
    counted_attendance   integer       not null default 0 check (counted_attendance >= 0),
    devolution_text      varchar(4000),
    devolution_token     varchar(40) unique,
    devolution_published_at timestamptz,
    created_by           varchar(60),
    created_at           timestamptz   not null default now(),
    version              integer       not null default 0,
    unique (jurisdiction_id, code)
);
create index participation_space_scope_idx on participation_space (jurisdiction_id, territory_path varchar_pattern_ops, held_on);
create index participation_space_process_idx on participation_space (jurisdiction_id, process);

create table space_invitation (
    id             bigint generated always as identity primary key,
    space_id       bigint        not null references participation_space (id) on delete cascade,
    kind           varchar(12)   not null check (kind in ('ACTOR', 'PERSON', 'VALUE_GROUP', 'OTHER')),
    actor_id       bigint,
    person_id      bigint references person (id),
    value_group    varchar(40),
    name           varchar(200)  not null,
    email          varchar(200),
    phone          varchar(40),
    status         varchar(12)   not null default 'INVITED' check (status in ('INVITED', 'CONFIRMED', 'DECLINED', 'NO_ANSWER')),
    emailed_at     timestamptz,
    reminded_at    timestamptz,
    attended       boolean       not null default false,
    version        integer       not null default 0
);
create index space_invitation_space_idx on space_invitation (space_id);
create index space_invitation_person_idx on space_invitation (person_id);

create table space_call (
    id             bigint generated always as identity primary key,
    invitation_id  bigint        not null references space_invitation (id) on delete cascade,
    called_at      timestamptz   not null default now(),
    outcome        varchar(12)   not null check (outcome in ('CONFIRMED', 'DECLINED', 'NO_ANSWER', 'CALL_BACK')),
    notes          varchar(500),
    called_by      varchar(60)
);
create index space_call_invitation_idx on space_call (invitation_id);

create table empathy_map (
    id            bigint generated always as identity primary key,
    space_id      bigint        not null references participation_space (id) on delete cascade,
    group_name    varchar(160)  not null,
    thinks_feels  varchar(2000),
    sees          varchar(2000),
    hears         varchar(2000),
    says_does     varchar(2000),
    pains         varchar(2000),
    gains         varchar(2000),
    version       integer       not null default 0
);
create index empathy_map_space_idx on empathy_map (space_id);

create table service_map_stage (
    id             bigint generated always as identity primary key,
    space_id       bigint        not null references participation_space (id) on delete cascade,
    service_point  varchar(160)  not null,
    stage          varchar(12)   not null check (stage in ('ARRIVAL', 'TURN', 'WAIT', 'ATTENTION', 'RESPONSE')),
    touchpoints    varchar(1000),
    works_well     varchar(1000),
    pain_points    varchar(1000),
    suggestions    varchar(1000),
    satisfaction   integer check (satisfaction between 1 and 5),
    version        integer       not null default 0,
    unique (space_id, service_point, stage)
);

create table improvement_action (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint        not null references jurisdiction (id),
    title            varchar(300)  not null,
    description      varchar(2000),
    owner            varchar(200)  not null,
    due_on           date          not null,
    status           varchar(12)   not null default 'PLANNED' check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DISCARDED')),
    done_on          date,
    result           varchar(2000),
    territory_id     bigint        not null references territory (id),
    territory_path   varchar(800)  not null,
    created_by       varchar(60),
    created_at       timestamptz   not null default now(),
    version          integer       not null default 0
);
create index improvement_action_scope_idx on improvement_action (jurisdiction_id, territory_path varchar_pattern_ops, status);

create table survey (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint        not null references jurisdiction (id),
    code             varchar(60)   not null,
    title            varchar(200)  not null,
    process          varchar(120)  not null,
    description      varchar(2000),
    territory_id     bigint        not null references territory (id),
    territory_path   varchar(800)  not null,
    anonymous        boolean       not null default true,
    status           varchar(8)    not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    public_token     varchar(40)   not null unique,
    created_by       varchar(60),
    created_at       timestamptz   not null default now(),
    version          integer       not null default 0,
    unique (jurisdiction_id, code)
);
create index survey_scope_idx on survey (jurisdiction_id, territory_path varchar_pattern_ops);

create table survey_version (
    id          bigint generated always as identity primary key,
    survey_id   bigint       not null references survey (id) on delete cascade,
    number      integer      not null,
    questions   jsonb        not null,
    created_at  timestamptz  not null default now(),
    unique (survey_id, number)
);

create table survey_response (
    id                 bigint generated always as identity primary key,
    survey_id          bigint        not null references survey (id),
    survey_version_id  bigint        not null references survey_version (id),
    jurisdiction_id    bigint        not null references jurisdiction (id),
    client_uuid        uuid          not null unique,
    channel            varchar(10)   not null check (channel in ('PUBLIC', 'SURVEYOR', 'IMPORT')),
    surveyor           varchar(60),
    territory_id       bigint        not null references territory (id),
    territory_path     varchar(800)  not null,
    group_name         varchar(120),
    respondent_name    varchar(200),
    respondent_contact varchar(200),
    answered_at        timestamptz   not null,
    received_at        timestamptz   not null default now()
);
create index survey_response_survey_idx on survey_response (survey_id, id);

-- One row per answered value: a multiple choice gives one row per chosen option; "otro" keeps its free text in
-- the row with item '_otro'; a matrix keeps its row label in item.
create table survey_answer (
    response_id   bigint        not null references survey_response (id) on delete cascade,
    question_key  varchar(40)   not null,
    item          varchar(200)  not null default '',
    value         varchar(2000) not null
);
create index survey_answer_response_idx on survey_answer (response_id);
create index survey_answer_question_idx on survey_answer (question_key);

create table contribution (
    id                bigint generated always as identity primary key,
    jurisdiction_id   bigint        not null references jurisdiction (id),
    space_id          bigint references participation_space (id) on delete cascade,
    survey_id         bigint references survey (id) on delete cascade,
    kind              varchar(12)   not null check (kind in ('NEED', 'SUGGESTION', 'COMPLAINT', 'IDEA')),
    text              varchar(2000) not null,
    theme             varchar(120),
    service_name      varchar(200),
    stage             varchar(12) check (stage in ('ARRIVAL', 'TURN', 'WAIT', 'ATTENTION', 'RESPONSE')),
    territory_id      bigint        not null references territory (id),
    territory_path    varchar(800)  not null,
    grouped_into      bigint references contribution (id),
    action_id         bigint references improvement_action (id),
    answer            varchar(2000),
    created_by        varchar(60),
    created_at        timestamptz   not null default now(),
    version           integer       not null default 0
);
create index contribution_scope_idx on contribution (jurisdiction_id, territory_path varchar_pattern_ops);
create index contribution_space_idx on contribution (space_id);
create index contribution_action_idx on contribution (action_id);
create index contribution_group_idx on contribution (grouped_into);
