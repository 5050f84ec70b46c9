-- A body's commitments counted by a rollup (issue 26, a working day of Bogotá): a body of a localidad holds
-- thousands of commitments, and its page, its sessions' pages and the API counted them all on every visit (the
-- measures, the open and overdue totals). Per body, due date, status, whether the commitment is tied to a strategic
-- goal and how many sectors it names, a signed count n (see V210__rollups.sql): a body's figures are sums over at
-- most a few rows per due date, whatever the number of commitments. Kept by statement-level triggers with
-- transition tables, folded by RollupCompaction (registered in minga_rollup by platform's V846).
create table gov_commitment_body_rollup (
    body_id bigint      not null,
    due_on  date        not null,
    status  varchar(20) not null,
    goal    boolean     not null,
    sectors integer     not null,
    n       bigint      not null
);
create index gov_commitment_body_rollup_key_idx on gov_commitment_body_rollup (body_id, status, due_on)
    include (goal, sectors, n);

-- static SQL (plans cached): the changed rows grouped by key, an update that changes no counted column cancels out
create function gov_commitment_body_rollup_delta() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into gov_commitment_body_rollup (body_id, due_on, status, goal, sectors, n)
        select body_id, due_date, status, strategic_goal is not null, cardinality(sectors), count(*)
          from new_rows group by 1, 2, 3, 4, 5;
    elsif tg_op = 'DELETE' then
        insert into gov_commitment_body_rollup (body_id, due_on, status, goal, sectors, n)
        select body_id, due_date, status, strategic_goal is not null, cardinality(sectors), -count(*)
          from old_rows group by 1, 2, 3, 4, 5;
    else
        insert into gov_commitment_body_rollup (body_id, due_on, status, goal, sectors, n)
        select body_id, due_on, status, goal, sectors, sum(n)
          from (select body_id, due_date, status, strategic_goal is not null, cardinality(sectors), -1 from old_rows
                union all
                select body_id, due_date, status, strategic_goal is not null, cardinality(sectors), 1 from new_rows)
               d (body_id, due_on, status, goal, sectors, n)
         group by 1, 2, 3, 4, 5 having sum(n) <> 0;
    end if;
    return null;
end $$;

lock table gov_commitment in share row exclusive mode;
create trigger gov_commitment_body_rollup_insert after insert on gov_commitment referencing new table as new_rows
    for each statement execute function gov_commitment_body_rollup_delta();
create trigger gov_commitment_body_rollup_update after update on gov_commitment
    referencing old table as old_rows new table as new_rows
    for each statement execute function gov_commitment_body_rollup_delta();
create trigger gov_commitment_body_rollup_delete after delete on gov_commitment referencing old table as old_rows
    for each statement execute function gov_commitment_body_rollup_delta();

insert into gov_commitment_body_rollup (body_id, due_on, status, goal, sectors, n)
select body_id, due_date, status, strategic_goal is not null, cardinality(sectors), count(*)
  from gov_commitment group by 1, 2, 3, 4, 5;
