-- Referral rollup for the situation room (see V210__rollups.sql for how rollups work): referrals by creation day,
-- due day and status, for the open, overdue and closed-loop figures. A status change moves one unit from the old
-- status to the new one.
create table referral_rollup (
    jurisdiction_id bigint       not null,
    territory_path  varchar(800) not null,
    created_on      date         not null,
    due_on          date         not null,
    status          varchar(15)  not null,
    n               bigint       not null
);
create index referral_rollup_key_idx on referral_rollup (jurisdiction_id, territory_path, created_on)
    include (due_on, status, n);
insert into minga_rollup (table_name, key_columns)
values ('referral_rollup', 'jurisdiction_id, territory_path, created_on, due_on, status');

lock table referral in share row exclusive mode;
select minga_rollup_triggers('referral', 'referral_rollup', 'created_on, due_on, status', 'created_on, due_on, status');

insert into referral_rollup (jurisdiction_id, territory_path, created_on, due_on, status, n)
select g.jurisdiction_id, a.path, g.created_on, g.due_on, g.status, sum(g.n)
  from (select jurisdiction_id, territory_path, created_on, due_on, status, count(*) as n
          from referral group by 1, 2, 3, 4, 5) g
 cross join lateral minga_path_prefixes(g.territory_path) a (path)
 group by 1, 2, 3, 4, 5;
