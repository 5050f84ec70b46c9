-- The shared territorial diagnosis (diagnóstico territorial compartido): needs, potentialities and a qualitative
-- reading of one territory, authored by its local body (Mesa Local, JAC...). Each edit is a new version: a version
-- once saved never changes, so the room can always say which reading it showed and who wrote it.

create table territorial_diagnosis (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint        not null references jurisdiction (id),
    territory_id     bigint        not null references territory (id),
    edition          integer       not null check (edition >= 1),
    authored_by      varchar(200)  not null,   -- the local body that agreed on it
    needs            text          not null,
    potentialities   text          not null,
    reading          text          not null,   -- the qualitative reading
    created_by       varchar(60)   not null,
    created_at       timestamptz   not null default now(),
    unique (territory_id, edition)
);

-- Evidence a version rests on: a figure, a social asset, a dialogue or a practice, by a title and a link.
create table territorial_diagnosis_evidence (
    diagnosis_id  bigint         not null references territorial_diagnosis (id),
    position      integer        not null,
    kind          varchar(20)    not null check (kind in ('FIGURE', 'ASSET', 'DIALOGUE', 'PRACTICE')),
    title         varchar(300)   not null,
    url           varchar(1000)  not null,
    primary key (diagnosis_id, position)
);

create function territorial_diagnosis_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'Las versiones del diagnóstico territorial no se modifican ni se borran (%).', tg_table_name;
end;
$$;
create trigger territorial_diagnosis_immutable before update or delete on territorial_diagnosis
    for each row execute function territorial_diagnosis_immutable();
create trigger territorial_diagnosis_evidence_immutable before update or delete on territorial_diagnosis_evidence
    for each row execute function territorial_diagnosis_immutable();
