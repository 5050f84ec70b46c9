-- Service fairs (jornadas, "Barrios con Bienestar"): the yearly schedule, who comes, the alistamiento checklist,
-- registrations at the stands (one per person and stand visit, idempotent by a client-generated UUID so a
-- registration queued offline and sent twice is stored once), the services received, and lessons learned.

create table fair (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint        not null references jurisdiction (id),
    code             varchar(60)   not null,
    name             varchar(200)  not null,
    program          varchar(80),              -- the programme/schedule the fair belongs to: 'barrios-con-bienestar-2024'
    territory_id     bigint        not null references territory (id),
    territory_path   varchar(800)  not null,
    territory_name   varchar(200)  not null,
    fair_date        date          not null,
    starts_at        time          not null,
    ends_at          time          not null,
    site             varchar(300)  not null,
    focus            varchar(1000),
    status           varchar(20)   not null check (status in ('PLANEADA', 'CONFIRMADA', 'REALIZADA', 'CANCELADA')),
    created_by       varchar(60)   not null,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          integer       not null default 0,
    unique (jurisdiction_id, code),
    check (ends_at > starts_at)
);
create index fair_jurisdiction_date_idx on fair (jurisdiction_id, fair_date);
create index fair_territory_idx on fair (jurisdiction_id, territory_path);
create index fair_program_idx on fair (jurisdiction_id, program);

-- Entities that bring services (ENTIDAD) and allies that contribute (ALIADO).
create table fair_participant (
    id            bigint generated always as identity primary key,
    fair_id       bigint        not null references fair (id),
    actor_id      bigint        not null,
    actor_name    varchar(300)  not null,
    kind          varchar(10)   not null check (kind in ('ENTIDAD', 'ALIADO')),
    stand         varchar(100),
    staff_count   integer       check (staff_count is null or staff_count between 0 and 500),
    contribution  varchar(30)   check (contribution in ('PERIFONEO', 'EMBELLECIMIENTO', 'REFRIGERIOS', 'TRANSPORTE', 'LOGISTICA', 'OTRO')),
    detail        varchar(500),
    unique (fair_id, actor_id, kind)
);

create table fair_service (
    fair_id       bigint        not null references fair (id),
    service_id    bigint        not null,
    service_name  varchar(300)  not null,
    actor_id      bigint        not null,
    primary key (fair_id, service_id)
);

create table fair_task (
    id         bigint generated always as identity primary key,
    fair_id    bigint        not null references fair (id),
    position   integer       not null,
    name       varchar(200)  not null,
    owner      varchar(200),
    status     varchar(20)   not null check (status in ('PENDIENTE', 'EN_CURSO', 'LISTA')),
    version    integer       not null default 0
);
create index fair_task_fair_idx on fair_task (fair_id, position);

create table fair_registration (
    id                 bigint generated always as identity primary key,
    uuid               uuid          not null unique,
    fair_id            bigint        not null references fair (id),
    jurisdiction_id    bigint        not null references jurisdiction (id),
    person_id          bigint        not null,
    actor_id           bigint        not null,
    -- who was attended, as they were at the fair (results by age group, sex and population group)
    age                integer,
    sex                varchar(1),
    population_groups  varchar(500),
    satisfaction       smallint      check (satisfaction is null or satisfaction between 1 and 5),
    referral_id        bigint,
    referral_code      varchar(40),
    registered_by      varchar(60)   not null,
    registered_at      timestamptz   not null default now()
);
create index fair_registration_fair_idx on fair_registration (fair_id, person_id);

create table fair_attendance (
    registration_id  bigint        not null references fair_registration (id),
    fair_id          bigint        not null references fair (id),
    service_id       bigint        not null,
    service_name     varchar(300)  not null,
    actor_id         bigint        not null,
    actor_name       varchar(300)  not null,
    primary key (registration_id, service_id)
);
create index fair_attendance_fair_idx on fair_attendance (fair_id, service_id);

create table fair_lesson (
    id           bigint generated always as identity primary key,
    fair_id      bigint         not null references fair (id),
    text         varchar(4000)  not null,
    recorded_by  varchar(60)    not null,
    recorded_at  timestamptz    not null default now()
);
