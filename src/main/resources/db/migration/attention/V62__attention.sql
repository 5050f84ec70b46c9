-- Attentions in the life settings (GESI): individual or collective interventions.
create table attention (
    id                bigint generated always as identity primary key,
    jurisdiction_id   bigint        not null references jurisdiction (id),
    setting           varchar(15)   not null check (setting in ('HOGAR', 'EDUCATIVO', 'LABORAL', 'INSTITUCIONAL', 'COMUNITARIO')),
    mode              varchar(12)   not null check (mode in ('INDIVIDUAL', 'COLECTIVA')),
    attended_on       date          not null,
    territory_id      bigint        not null references territory (id),
    territory_path    varchar(800)  not null,
    field_team_id     bigint references field_team (id),
    actor_name        varchar(200),
    service_id        bigint,
    service_name      varchar(200),
    participant_count integer       not null check (participant_count >= 1),
    person_id         bigint references person (id),
    household_id      bigint references household (id),
    notes             varchar(2000),
    created_by        varchar(60),
    created_at        timestamptz   not null default now(),
    version           integer       not null default 0
);
create index attention_scope_idx on attention (jurisdiction_id, territory_path varchar_pattern_ops, attended_on);
create index attention_person_idx on attention (person_id);
create table attention_participant (
    attention_id bigint not null references attention (id) on delete cascade,
    person_id    bigint not null references person (id),
    primary key (attention_id, person_id)
);
create index attention_participant_person_idx on attention_participant (person_id);
