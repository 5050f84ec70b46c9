-- Body types as a catalogue per jurisdiction (issue 24, seed 004): the standard types of each country are data
-- here, copied into a jurisdiction's catalogue the first time it needs one, and each jurisdiction adds its own.
-- Two-tier bodies (a tier belongs to a main body, with equal power of decision) and temporary units (an end date,
-- the demonstration exercise or priority they serve, closed on that date).
create table gov_body_type_standard (
    country   char(2)      not null check (country in ('CO', 'CL')),
    code      varchar(40)  not null,
    name      varchar(200) not null,
    temporary boolean      not null default false,
    position  integer      not null,
    primary key (country, code)
);

insert into gov_body_type_standard (country, code, name, temporary, position)
select c.country, t.code, t.name, t.temporary, t.position
  from (values ('CO'), ('CL')) c (country)
 cross join (values
    ('INTERSECTORAL_COMMISSION', 'Comisión intersectorial', false, 10),
    ('MAS_BIENESTAR_TABLE', 'Mesa MAS Bienestar', false, 20),
    ('MANAGEMENT_TABLE', 'Mesa de gerencia', false, 21),
    ('TECHNICAL_TABLE', 'Mesa técnica', false, 22),
    ('TECHNICAL_COORDINATION_TABLE', 'Mesa de Coordinación Técnica del Modelo', false, 30),
    ('LOCAL_APS_TABLE', 'Mesa Local de Atención Primaria Social', false, 40),
    ('SOCIAL_POLICY_COUNCIL', 'Consejo de Política Social', false, 50),
    ('SOCIAL_AXIS_COORDINATION', 'Coordinación del Eje Social', false, 60),
    ('SUPPORT_TECHNICAL_UNIT', 'Unidad Técnica de Apoyo', true, 70),
    ('SECTOR_TECHNICAL_TABLE', 'Mesa técnica sectorial', false, 80),
    ('THEMATIC_TECHNICAL_TABLE', 'Mesa técnica temática', false, 90),
    ('COMMUNITY_TABLE', 'Mesa comunitaria', false, 100),
    ('OTHER', 'Otra instancia', false, 999)) t (code, name, temporary, position);

-- Colombia: the instances of Acuerdo 257 de 2006 (Bogotá) and the local ones
insert into gov_body_type_standard (country, code, name, temporary, position) values
    ('CO', 'GOVERNMENT_COUNCIL', 'Consejo de Gobierno Distrital', false, 110),
    ('CO', 'SECURITY_COUNCIL', 'Consejo Distrital de Seguridad', false, 120),
    ('CO', 'SECTOR_COMMITTEE', 'Comité sectorial de desarrollo administrativo', false, 130),
    ('CO', 'ADVISORY_COUNCIL', 'Consejo consultivo', false, 140),
    ('CO', 'CLOPS', 'Consejo Local de Política Social (CLOPS/UAT)', false, 150),
    ('CO', 'CLIP', 'Comisión Local Intersectorial de Participación (CLIP)', false, 160),
    ('CO', 'CLP', 'Consejo Local de Planeación (CLP)', false, 170),
    ('CO', 'CLG', 'Consejo Local de Gobierno (CLG)', false, 180),
    ('CO', 'JAL', 'Junta Administradora Local (JAL)', false, 190);

-- Chile: the communal ones
insert into gov_body_type_standard (country, code, name, temporary, position) values
    ('CL', 'MUNICIPAL_COUNCIL', 'Concejo Municipal', false, 110),
    ('CL', 'COSOC', 'Consejo Comunal de Organizaciones de la Sociedad Civil (COSOC)', false, 120),
    ('CL', 'COMMUNAL_PUBLIC_SAFETY_COUNCIL', 'Consejo Comunal de Seguridad Pública', false, 130),
    ('CL', 'TERRITORIAL_TABLE', 'Mesa territorial', false, 140);

create table gov_body_type (
    id              bigint generated always as identity primary key,
    jurisdiction_id bigint       not null references jurisdiction (id),
    code            varchar(40)  not null,
    name            varchar(200) not null,
    temporary       boolean      not null default false,
    description     varchar(1000),
    position        integer      not null default 0,
    active          boolean      not null default true,
    version         integer      not null default 0,
    unique (jurisdiction_id, code)
);

-- the catalogues of the jurisdictions that exist, and every type their bodies already use
insert into gov_body_type (jurisdiction_id, code, name, temporary, position)
select j.id, s.code, s.name, s.temporary, s.position
  from jurisdiction j join gov_body_type_standard s on s.country = j.country;
insert into gov_body_type (jurisdiction_id, code, name, position)
select distinct b.jurisdiction_id, b.body_type, b.body_type, 999 from gov_body b
 where not exists (select 1 from gov_body_type t where t.jurisdiction_id = b.jurisdiction_id and t.code = b.body_type);

alter table gov_body
    add column tier_of_id  bigint references gov_body (id),
    add column ends_on     date,
    add column exercise_id bigint references gov_exercise (id),
    add column purpose     varchar(500),
    add column closed_on   date;
create index gov_body_tier_of on gov_body (tier_of_id) where tier_of_id is not null;
create index gov_body_ends_on on gov_body (ends_on) where ends_on is not null and active;
