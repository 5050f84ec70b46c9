-- Household rollups for the situation room (see V210__rollups.sql for how rollups work).

-- People registered: persons by the day they were registered (household.people counts created_at::date <= :to).
create table person_rollup (
    jurisdiction_id bigint       not null,
    territory_path  varchar(800) not null,
    day             date         not null,
    n               bigint       not null
);
create index person_rollup_key_idx on person_rollup (jurisdiction_id, territory_path, day) include (n);
insert into minga_rollup (table_name, key_columns) values ('person_rollup', 'jurisdiction_id, territory_path, day');

lock table person in share row exclusive mode;
select minga_rollup_triggers('person', 'person_rollup', 'day', 'created_at::date');

insert into person_rollup (jurisdiction_id, territory_path, day, n)
select g.jurisdiction_id, a.path, g.day, sum(g.n)
  from (select jurisdiction_id, territory_path, created_at::date as day, count(*) as n
          from person group by 1, 2, 3) g
 cross join lateral minga_path_prefixes(g.territory_path) a (path)
 group by 1, 2, 3;

-- Households characterised: household.characterised counts the distinct households with a characterisation
-- answered on or before :to whose territory_path (the characterisation's, kept where it was answered) is in the
-- subtree. So a household counts in a territory (and each ancestor) from its first characterisation answered
-- there or below: the rollup holds, for each (household, ancestor path) pair, +1 at that first date.
create table household_characterised_rollup (
    jurisdiction_id bigint       not null,
    territory_path  varchar(800) not null,
    first_on        date         not null,
    n               bigint       not null
);
create index household_characterised_rollup_key_idx
    on household_characterised_rollup (jurisdiction_id, territory_path, first_on) include (n);
insert into minga_rollup (table_name, key_columns)
values ('household_characterised_rollup', 'jurisdiction_id, territory_path, first_on');

-- The (jurisdiction, ancestor path, first date) of each household of a set of characterisations.
-- A statement changing characterisations recomputes the households it touches: their contribution before the
-- statement (the rows now, without the statement's new rows, plus its old rows) is taken off and their contribution
-- now is added, as signed deltas. The households' rows are locked first (for no key update: the characterisations'
-- foreign key checks still pass) so that two transactions characterising the same household for the first time
-- at once count it once: the second waits and then sees the first's row.
create function household_characterised_delta() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform 1 from household h where h.id in (select household_id from new_rows) order by h.id for no key update;
        insert into household_characterised_rollup (jurisdiction_id, territory_path, first_on, n)
        with now_rows as (select c.id, c.jurisdiction_id, c.household_id, c.territory_path, c.answered_on
                            from characterization c where c.household_id in (select household_id from new_rows)),
             before_rows as (select * from now_rows x where not exists (select 1 from new_rows w where w.id = x.id)),
             firsts as (select x.jurisdiction_id, x.household_id, a.path, min(x.answered_on) as first_on, 1 as n
                          from now_rows x cross join lateral minga_path_prefixes(x.territory_path) a (path)
                         group by 1, 2, 3
                        union all
                        select x.jurisdiction_id, x.household_id, a.path, min(x.answered_on), -1
                          from before_rows x cross join lateral minga_path_prefixes(x.territory_path) a (path)
                         group by 1, 2, 3)
        select jurisdiction_id, path, first_on, sum(n) from firsts group by 1, 2, 3 having sum(n) <> 0;
    elsif tg_op = 'DELETE' then
        perform 1 from household h where h.id in (select household_id from old_rows) order by h.id for no key update;
        insert into household_characterised_rollup (jurisdiction_id, territory_path, first_on, n)
        with now_rows as (select c.id, c.jurisdiction_id, c.household_id, c.territory_path, c.answered_on
                            from characterization c where c.household_id in (select household_id from old_rows)),
             before_rows as (select * from now_rows
                             union all
                             select id, jurisdiction_id, household_id, territory_path, answered_on from old_rows),
             firsts as (select x.jurisdiction_id, x.household_id, a.path, min(x.answered_on) as first_on, 1 as n
                          from now_rows x cross join lateral minga_path_prefixes(x.territory_path) a (path)
                         group by 1, 2, 3
                        union all
                        select x.jurisdiction_id, x.household_id, a.path, min(x.answered_on), -1
                          from before_rows x cross join lateral minga_path_prefixes(x.territory_path) a (path)
                         group by 1, 2, 3)
        select jurisdiction_id, path, first_on, sum(n) from firsts group by 1, 2, 3 having sum(n) <> 0;
    else
        -- only the households of rows whose household, jurisdiction, territory or date changed
        perform 1 from household h
         where h.id in (select x.household_id from old_rows o join new_rows w on w.id = o.id,
                               lateral (values (o.household_id), (w.household_id)) x (household_id)
                         where (o.household_id, o.jurisdiction_id, o.territory_path, o.answered_on)
                               is distinct from (w.household_id, w.jurisdiction_id, w.territory_path, w.answered_on))
         order by h.id for no key update;
        if found then
            insert into household_characterised_rollup (jurisdiction_id, territory_path, first_on, n)
            with changed as (select x.household_id from old_rows o join new_rows w on w.id = o.id,
                                    lateral (values (o.household_id), (w.household_id)) x (household_id)
                              where (o.household_id, o.jurisdiction_id, o.territory_path, o.answered_on)
                                    is distinct from (w.household_id, w.jurisdiction_id, w.territory_path, w.answered_on)),
                 now_rows as (select c.id, c.jurisdiction_id, c.household_id, c.territory_path, c.answered_on
                                from characterization c where c.household_id in (select household_id from changed)),
                 before_rows as (select * from now_rows x where not exists (select 1 from new_rows w where w.id = x.id)
                                 union all
                                 select id, jurisdiction_id, household_id, territory_path, answered_on from old_rows
                                  where household_id in (select household_id from changed)),
                 firsts as (select x.jurisdiction_id, x.household_id, a.path, min(x.answered_on) as first_on, 1 as n
                              from now_rows x cross join lateral minga_path_prefixes(x.territory_path) a (path)
                             group by 1, 2, 3
                            union all
                            select x.jurisdiction_id, x.household_id, a.path, min(x.answered_on), -1
                              from before_rows x cross join lateral minga_path_prefixes(x.territory_path) a (path)
                             group by 1, 2, 3)
            select jurisdiction_id, path, first_on, sum(n) from firsts group by 1, 2, 3 having sum(n) <> 0;
        end if;
    end if;
    return null;
end $$;

lock table characterization in share row exclusive mode;
create trigger household_characterised_insert after insert on characterization referencing new table as new_rows
    for each statement execute function household_characterised_delta();
create trigger household_characterised_update after update on characterization
    referencing old table as old_rows new table as new_rows
    for each statement execute function household_characterised_delta();
create trigger household_characterised_delete after delete on characterization referencing old table as old_rows
    for each statement execute function household_characterised_delta();

insert into household_characterised_rollup (jurisdiction_id, territory_path, first_on, n)
select jurisdiction_id, path, first_on, count(*)
  from (select c.jurisdiction_id, c.household_id, a.path, min(c.answered_on) as first_on
          from characterization c cross join lateral minga_path_prefixes(c.territory_path) a (path)
         group by 1, 2, 3) f
 group by 1, 2, 3;
