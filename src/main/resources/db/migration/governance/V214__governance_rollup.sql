-- Commitment rollup for the situation room (see V210__rollups.sql for how rollups work): commitments by the day
-- they were created, their due date and status, for the pending, overdue and fulfilled figures.
create table gov_commitment_rollup (
    jurisdiction_id bigint       not null,
    territory_path  varchar(800) not null,
    created_on      date         not null,
    due_on          date         not null,
    status          varchar(20)  not null,
    n               bigint       not null
);
create index gov_commitment_rollup_key_idx on gov_commitment_rollup (jurisdiction_id, territory_path, due_on)
    include (created_on, status, n);
insert into minga_rollup (table_name, key_columns)
values ('gov_commitment_rollup', 'jurisdiction_id, territory_path, created_on, due_on, status');

lock table gov_commitment in share row exclusive mode;
select minga_rollup_triggers('gov_commitment', 'gov_commitment_rollup', 'created_on, due_on, status', 'created_at::date, due_date, status');

insert into gov_commitment_rollup (jurisdiction_id, territory_path, created_on, due_on, status, n)
select g.jurisdiction_id, a.path, g.created_on, g.due_on, g.status, sum(g.n)
  from (select jurisdiction_id, territory_path, created_at::date as created_on, due_date as due_on, status,
               count(*) as n
          from gov_commitment group by 1, 2, 3, 4, 5) g
 cross join lateral minga_path_prefixes(g.territory_path) a (path)
 group by 1, 2, 3, 4, 5;
