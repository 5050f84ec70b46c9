-- Issue 20 point 2: a training programme takes place in several territories. The programme's own territory_id and
-- territory_path stay as its lead territory (the first); every territory, the lead included, is a row here.
create table training_programme_territory (
    programme_id   bigint       not null references training_programme (id) on delete cascade,
    territory_id   bigint       not null references territory (id),
    territory_path varchar(400) not null,
    primary key (programme_id, territory_id)
);

create index training_programme_territory_path on training_programme_territory (territory_path varchar_pattern_ops);

insert into training_programme_territory (programme_id, territory_id, territory_path)
select id, territory_id, territory_path from training_programme;
