-- Good practices and lessons learned (module practice). Formats are data: a format version is a JSON
-- definition (sections, questions, criteria, rubric) that is never changed once practices use it; a new
-- format or a new version of one is a new row. Answers are read against the format version they were given on.

create table practice_format (
    id           bigint generated always as identity primary key,
    code         varchar(60)   not null,
    version      integer       not null check (version >= 1),
    name         varchar(300)  not null,
    issuer       varchar(300)  not null,
    definition   jsonb         not null,
    created_by   varchar(60)   not null,
    created_at   timestamptz   not null default now(),
    unique (code, version)
);

create table practice (
    id                 bigint generated always as identity primary key,
    jurisdiction_id    bigint        not null references jurisdiction (id),
    territory_id       bigint references territory (id),
    format_id          bigint        not null references practice_format (id),
    title              varchar(500)  not null,
    -- the authoring entity (an organisation); kept as data here until the actor module can be referenced
    entity_name        varchar(300)  not null,
    entity_key         varchar(300)  not null,
    entity_actor_ref   varchar(100),
    sector             varchar(120),
    process            varchar(200),
    level              smallint      not null default 1 check (level in (1, 2)),
    year               smallint      not null check (year between 1990 and 2100),
    status             varchar(20)   not null check (status in
                       ('BORRADOR', 'ENVIADA', 'EN_EVALUACION', 'EVALUADA', 'PUBLICADA', 'DEVUELTA')),
    answers            jsonb         not null default '{}',
    observations       text,
    share_authorized   boolean,      -- the entity authorizes sharing ("Sí"); from the format's question when it has one
    search_key         text          not null default '',
    created_by         varchar(60)   not null,
    created_at         timestamptz   not null default now(),
    updated_by         varchar(60)   not null,
    updated_at         timestamptz   not null default now(),
    published_at       timestamptz,
    version            integer       not null default 0
);
create index practice_jurisdiction_idx on practice (jurisdiction_id, status, updated_at desc);
create index practice_search_idx on practice using gin (search_key gin_trgm_ops);
create index practice_published_idx on practice (published_at desc) where status = 'PUBLICADA';

-- Every kept version of a practice's content: snapshots at each explicit save and each workflow step.
create table practice_version (
    practice_id   bigint        not null references practice (id),
    number        integer       not null,
    status        varchar(20)   not null,
    title         varchar(500)  not null,
    level         smallint      not null,
    answers       jsonb         not null,
    note          varchar(500)  not null,
    created_by    varchar(60)   not null,
    created_at    timestamptz   not null default now(),
    primary key (practice_id, number)
);

create table practice_attachment (
    id            bigint generated always as identity primary key,
    practice_id   bigint        not null references practice (id),
    file_name     varchar(300)  not null,
    content_type  varchar(150)  not null,
    size_bytes    integer       not null,
    data          bytea         not null,
    description   varchar(500),
    created_by    varchar(60)   not null,
    created_at    timestamptz   not null default now()
);
create index practice_attachment_practice_idx on practice_attachment (practice_id);

-- Evaluator profiles: the person and the entity they belong to (to keep evaluation outside the authoring entity).
create table practice_evaluator (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint        not null references jurisdiction (id),
    username         varchar(60),
    full_name        varchar(200)  not null,
    entity_name      varchar(300)  not null,
    entity_key       varchar(300)  not null,
    entity_actor_ref varchar(100),
    created_at       timestamptz   not null default now(),
    unique (jurisdiction_id, full_name)
);
create unique index practice_evaluator_username_idx on practice_evaluator (username) where username is not null;

create table practice_assignment (
    id                bigint generated always as identity primary key,
    practice_id       bigint        not null references practice (id),
    evaluator_id      bigint        not null references practice_evaluator (id),
    status            varchar(20)   not null check (status in ('ASIGNADA', 'SIN_CONFLICTO', 'CONFLICTO', 'EVALUADA')),
    conflict_note     text,
    declared_at       timestamptz,
    comment           text,
    submitted_at      timestamptz,
    assigned_by       varchar(60)   not null,
    assigned_at       timestamptz   not null default now(),
    version           integer       not null default 0,
    unique (practice_id, evaluator_id)
);

create table practice_score (
    assignment_id   bigint       not null references practice_assignment (id),
    criterion_key   varchar(60)  not null,
    score           smallint     not null,
    comment         text,
    primary key (assignment_id, criterion_key)
);

-- Lessons learned, records of their own, linked to a practice and/or to other Minga records.
create table practice_lesson (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint        not null references jurisdiction (id),
    practice_id      bigint references practice (id),
    title            varchar(300)  not null,
    what_happened    text          not null,
    what_learned     text          not null,
    recommendation   text          not null,
    published        boolean       not null default false,
    search_key       text          not null default '',
    created_by       varchar(60)   not null,
    created_at       timestamptz   not null default now(),
    version          integer       not null default 0
);
create index practice_lesson_practice_idx on practice_lesson (practice_id);
create index practice_lesson_jurisdiction_idx on practice_lesson (jurisdiction_id, created_at desc);

-- Evidence from data: a generic link (type + reference) from a practice or a lesson to another Minga record.
create table practice_link (
    id              bigint generated always as identity primary key,
    practice_id     bigint references practice (id),
    lesson_id       bigint references practice_lesson (id),
    link_type       varchar(40)   not null,
    target_ref      varchar(200)  not null,
    label           varchar(300)  not null,
    created_by      varchar(60)   not null,
    created_at      timestamptz   not null default now(),
    check ((practice_id is null) <> (lesson_id is null))
);
create index practice_link_practice_idx on practice_link (practice_id);
create index practice_link_lesson_idx on practice_link (lesson_id);
