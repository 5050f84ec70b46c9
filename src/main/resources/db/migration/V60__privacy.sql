-- Privacy (Ley 1581 de 2012): authorizations to process personal data, data-subject requests and the
-- log of every view of a person's or household's record. person_id has no foreign key: the person table
-- belongs to the household module, which depends on this one and not the other way round.

create table data_authorization (
    id                  bigint generated always as identity primary key,
    jurisdiction_id     bigint       not null references jurisdiction (id),
    person_id           bigint,
    granted_by_name     varchar(200) not null,
    granted_by_document varchar(40),
    by_guardian         boolean      not null default false,
    guardian_relation   varchar(60),
    channel             varchar(20)  not null check (channel in ('PRESENCIAL', 'ESCRITO', 'TELEFONICO', 'DIGITAL')),
    purposes            text         not null,
    evidence            varchar(500) not null,
    sensitive_data      boolean      not null default false,
    granted_at          timestamptz  not null,
    withdrawn_at        timestamptz,
    withdrawn_reason    varchar(500),
    recorded_by         varchar(60)  not null,
    created_at          timestamptz  not null default now(),
    version             integer      not null default 0
);
create index data_authorization_person_idx on data_authorization (person_id);

create table data_request (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint        not null references jurisdiction (id),
    person_id       bigint        not null,
    kind            varchar(20)   not null check (kind in ('CONSULTA', 'CORRECCION', 'SUPRESION')),
    status          varchar(20)   not null check (status in ('RADICADA', 'RESPONDIDA')),
    received_on     date          not null,
    due_on          date          not null,
    requested_by    varchar(200)  not null,
    details         varchar(2000) not null,
    response        varchar(4000),
    answered_on     date,
    created_by      varchar(60)   not null,
    created_at      timestamptz   not null default now(),
    version         integer       not null default 0
);
create index data_request_person_idx on data_request (person_id);
create index data_request_due_idx on data_request (jurisdiction_id, status, due_on);

create table personal_data_access (
    id              bigint generated always as identity primary key,
    at              timestamptz  not null default now(),
    jurisdiction_id bigint       not null,
    subject_type    varchar(20)  not null check (subject_type in ('PERSON', 'HOUSEHOLD')),
    subject_id      bigint       not null,
    username        varchar(60)  not null,
    action          varchar(20)  not null,
    remote_address  varchar(60)
);
create index personal_data_access_subject_idx on personal_data_access (subject_type, subject_id, at desc);
