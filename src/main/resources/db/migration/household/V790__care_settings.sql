-- Care plans of settings (entornos cuidadores, issue 24, seed 004): a school, a workplace, a community space or an
-- institution followed with the same care plan, actions and follow-up visits as a family. A setting is not a person:
-- it is named, typed and placed in a territory, optionally tied to an actor. A care plan's subject is a household
-- or a setting, never both; an action may be environmental (water, waste, air, vectors, safe spaces).
create table care_setting (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    name            varchar(300) not null,
    type            varchar(20)  not null check (type in ('EDUCATIVO', 'LABORAL', 'COMUNITARIO', 'INSTITUCIONAL')),
    territory_id    bigint       not null references territory (id),
    territory_path  varchar(800) not null,
    address         varchar(300),
    actor_id        bigint,
    created_by      varchar(60),
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    unique (jurisdiction_id, code)
);
create index care_setting_scope_idx on care_setting (jurisdiction_id, territory_path varchar_pattern_ops);

alter table care_plan alter column household_id drop not null;
alter table care_plan add column setting_id bigint references care_setting (id);
alter table care_plan add constraint care_plan_one_subject check ((household_id is null) <> (setting_id is null));
create index care_plan_setting_idx on care_plan (setting_id) where setting_id is not null;

alter table care_plan_action add column category varchar(24) not null default 'GENERAL'
    check (category in ('GENERAL', 'AGUA_SANEAMIENTO', 'RESIDUOS', 'AIRE_RUIDO', 'VECTORES_ZOONOSIS',
                        'ESPACIO_SEGURO'));
