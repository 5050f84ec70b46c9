-- Attention rollup for the situation room (see V210__rollups.sql for how rollups work): attentions (rows, as
-- attention.count counts them) by the day they took place.
create table attention_rollup (
    jurisdiction_id bigint       not null,
    territory_path  varchar(800) not null,
    day             date         not null,
    n               bigint       not null
);
create index attention_rollup_key_idx on attention_rollup (jurisdiction_id, territory_path, day) include (n);
insert into minga_rollup (table_name, key_columns) values ('attention_rollup', 'jurisdiction_id, territory_path, day');

lock table attention in share row exclusive mode;
select minga_rollup_triggers('attention', 'attention_rollup', 'day', 'attended_on');

insert into attention_rollup (jurisdiction_id, territory_path, day, n)
select g.jurisdiction_id, a.path, g.day, sum(g.n)
  from (select jurisdiction_id, territory_path, attended_on as day, count(*) as n
          from attention group by 1, 2, 3) g
 cross join lateral minga_path_prefixes(g.territory_path) a (path)
 group by 1, 2, 3;
