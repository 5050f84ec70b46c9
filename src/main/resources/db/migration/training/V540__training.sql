-- Capacity building (issue 20): the capacity catalogue, training programmes, their sessions, participants and
-- attendance, the capacities people hold (with history), teams and the capacities their role needs, technical
-- assistance to territories and the toolbox. Rows keep their territory's path so scope filters use one index.

create table capacity (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    name            varchar(200) not null,
    kind            varchar(20)  not null,
    version         integer      not null default 0,
    unique (jurisdiction_id, code)
);
create table capacity_competence (
    capacity_id bigint       not null references capacity (id) on delete cascade,
    position    integer      not null,
    name        varchar(300) not null,
    primary key (capacity_id, position)
);

create table training_programme (
    id                     bigint generated always as identity primary key,
    jurisdiction_id        bigint        not null references jurisdiction (id),
    code                   varchar(40)   not null,
    name                   varchar(200)  not null,
    objective              varchar(4000) not null,
    audience               varchar(30)   not null,
    accompanies            varchar(300),
    territory_id           bigint        not null references territory (id),
    territory_path         varchar(400)  not null,
    responsible_actor      varchar(200)  not null,
    modality               varchar(20)   not null,
    planned_hours          numeric(7, 1) not null,
    budget                 numeric(16, 2),
    min_attendance_percent integer       not null,
    passing_score          numeric(5, 1),
    status                 varchar(20)   not null,
    created_by             varchar(60)   not null,
    version                integer       not null default 0,
    unique (jurisdiction_id, code)
);
create index training_programme_scope on training_programme (jurisdiction_id, territory_path varchar_pattern_ops);
create table training_programme_capacity (
    programme_id bigint not null references training_programme (id) on delete cascade,
    capacity_id  bigint not null references capacity (id),
    primary key (programme_id, capacity_id)
);

create table training_session (
    id           bigint generated always as identity primary key,
    programme_id bigint        not null references training_programme (id),
    held_on      date          not null,
    hours        numeric(5, 1) not null,
    place        varchar(300),
    link         varchar(500),
    facilitators varchar(500)  not null,
    materials    varchar(2000),
    version      integer       not null default 0
);
create index training_session_programme on training_session (programme_id, held_on);

-- who takes part in a programme: an official (a user) or a community agent (a person of the household module);
-- the diversity columns are what the person declared, kept to count shares without reading the person again
create table training_participant (
    id              bigint generated always as identity primary key,
    programme_id    bigint        not null references training_programme (id),
    jurisdiction_id bigint        not null references jurisdiction (id),
    person_id       bigint references person (id),
    user_id         bigint references app_user (id),
    name            varchar(300)  not null,
    territory_path  varchar(400)  not null,
    sex             varchar(1),
    ethnicity       varchar(60),
    age_group       varchar(20),
    disability      boolean,
    score_before    numeric(5, 1),
    score_after     numeric(5, 1),
    status          varchar(20)   not null,
    completed_on    date,
    certificate_code varchar(20) unique,
    version         integer       not null default 0,
    check ((person_id is null) <> (user_id is null))
);
create unique index training_participant_person on training_participant (programme_id, person_id) where person_id is not null;
create unique index training_participant_user on training_participant (programme_id, user_id) where user_id is not null;
create index training_participant_scope on training_participant (jurisdiction_id, territory_path varchar_pattern_ops);

create table training_attendance (
    session_id     bigint   not null references training_session (id) on delete cascade,
    participant_id bigint   not null references training_participant (id),
    satisfaction   smallint check (satisfaction between 1 and 5),
    primary key (session_id, participant_id)
);
create index training_attendance_participant on training_attendance (participant_id);

-- the capacities a person or an official holds, with their history: one row per programme completed
create table capacity_holding (
    id           bigint generated always as identity primary key,
    capacity_id  bigint not null references capacity (id),
    person_id    bigint references person (id),
    user_id      bigint references app_user (id),
    programme_id bigint not null references training_programme (id),
    acquired_on  date   not null,
    unique (capacity_id, person_id, user_id, programme_id)
);
create index capacity_holding_person on capacity_holding (person_id) where person_id is not null;
create index capacity_holding_user on capacity_holding (user_id) where user_id is not null;

-- a team (an equipo básico extramural, a point of attention...) whose role needs capacities
create table training_team (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    name            varchar(200) not null,
    audience        varchar(30)  not null,
    territory_path  varchar(400) not null,
    version         integer      not null default 0,
    unique (jurisdiction_id, code)
);
create table training_team_member (
    team_id   bigint       not null references training_team (id) on delete cascade,
    position  integer      not null,
    person_id bigint references person (id),
    user_id   bigint references app_user (id),
    name      varchar(300) not null,
    primary key (team_id, position)
);
create table capacity_requirement (
    jurisdiction_id bigint      not null references jurisdiction (id),
    audience        varchar(30) not null,
    capacity_id     bigint      not null references capacity (id),
    primary key (jurisdiction_id, audience, capacity_id)
);

create table technical_assistance (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    territory_id    bigint        not null references territory (id),
    territory_path  varchar(400)  not null,
    kind            varchar(20)   not null,
    topic           varchar(300)  not null,
    held_on         date          not null,
    agreements      varchar(4000),
    follow_up_on    date,
    responsible     varchar(200)  not null,
    created_by      varchar(60)   not null,
    version         integer       not null default 0
);
create index technical_assistance_scope on technical_assistance (jurisdiction_id, territory_path varchar_pattern_ops);

create table toolbox_item (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    code            varchar(40)   not null,
    title           varchar(300)  not null,
    kind            varchar(20)   not null,
    level           varchar(10)   not null,
    process         varchar(200)  not null,
    description     varchar(4000),
    link            varchar(500),
    current_version integer       not null,
    public          boolean       not null,
    used_by         varchar(1000),
    version         integer       not null default 0,
    unique (jurisdiction_id, code)
);
create table toolbox_item_version (
    item_id    bigint        not null references toolbox_item (id) on delete cascade,
    number     integer       not null,
    published_on date        not null,
    changes    varchar(2000) not null,
    primary key (item_id, number)
);
