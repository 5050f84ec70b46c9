-- A strategy's classifications (issue 22, seed 002): per jurisdiction, the prioritised populations, the intervention
-- scenarios and the rights categories, and the link that classifies goals, actions, alerts and care-plan needs by
-- them. The link is planning's; each record's owner module answers for the record (ClassifiedSubjects), and the link
-- keeps where the record lies so figures by category and territory never read the owners' tables.

create table strategy_category (
    id               bigint generated always as identity primary key,
    jurisdiction_id  bigint         not null references jurisdiction (id),
    dimension        varchar(12)    not null check (dimension in ('POPULATION', 'SCENARIO', 'RIGHT')),
    code             varchar(40)    not null,
    name             varchar(200)   not null,
    description      varchar(1000),
    position         integer        not null default 0,
    unique (jurisdiction_id, code)
);

create table strategy_classification (
    category_id      bigint         not null references strategy_category (id),
    subject_kind     varchar(12)    not null check (subject_kind in ('GOAL', 'ACTION', 'ALERT', 'CARE_NEED')),
    subject_id       bigint         not null,
    jurisdiction_id  bigint         not null references jurisdiction (id),
    territory_path   varchar(800)   not null,
    classified_by    varchar(60)    not null,
    classified_at    timestamptz    not null default now(),
    primary key (subject_kind, subject_id, category_id)
);
create index strategy_classification_category on strategy_classification (category_id, territory_path);
