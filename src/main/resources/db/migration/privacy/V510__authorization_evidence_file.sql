-- The evidence of an authorization taken on a phone (issue 27): a photo of the signed form or the signature drawn on
-- the screen, one image per authorization, next to the evidence text (which names it). person_id has no foreign key,
-- as in data_authorization: the person table belongs to the household module.
create table data_authorization_evidence (
    authorization_id bigint       primary key references data_authorization (id),
    person_id        bigint,
    media_type       varchar(20)  not null check (media_type in ('image/jpeg', 'image/png', 'image/webp')),
    content          bytea        not null,
    sha256           char(64)     not null,
    recorded_by      varchar(60)  not null,
    created_at       timestamptz  not null default now()
);
create index data_authorization_evidence_person_idx on data_authorization_evidence (person_id);
