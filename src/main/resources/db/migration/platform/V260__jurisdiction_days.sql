-- Issue 15, item 6: "which day" is the jurisdiction's day, not UTC's. The server and its sessions run in UTC, so
-- created_at::date put everything registered in Bogotá after 19:00 (after 20:00 or 21:00 in San Antonio) on the next
-- day. The rollups that keep a day of an instant now take it on the jurisdiction's clock; their rows are rebuilt.
-- (Every instant column was already timestamptz: an audit of the schema found no timestamp without time zone.)

-- minga_rollup_triggers (V210) with the changed rows joined to their jurisdiction, so that exprs can use
-- jurisdiction_zone: (created_at at time zone jurisdiction_zone)::date is the jurisdiction's day. A hash join on the
-- few jurisdictions per statement: measured +1.3 s per million rows (a correlated subquery per row cost +3.6 s).
create function minga_rollup_triggers_local(counted text, rollup text, cols text, exprs text) returns void
    language plpgsql as $$
declare
    fn    text := counted || '_rollup_delta';
    apply text := format('insert into %1$I (jurisdiction_id, territory_path, %2$s, n)
            select g.jurisdiction_id, a.path, %2$s, sum(g.n)
              from (select jurisdiction_id, territory_path, %2$s, sum(n) as n
                      from (%%s) d (jurisdiction_id, territory_path, %2$s, n)
                     group by jurisdiction_id, territory_path, %2$s having sum(n) <> 0) g
             cross join lateral minga_path_prefixes(g.territory_path) a (path)
             group by g.jurisdiction_id, a.path, %2$s having sum(g.n) <> 0', rollup, cols);
    zoned text := '(select r.*, jz.time_zone as jurisdiction_zone from %s r join jurisdiction jz on jz.id = r.jurisdiction_id) z';
begin
    execute format('create function %1$I() returns trigger language plpgsql as $f$
        begin
            if tg_op = ''INSERT'' then
                %2$s;
            elsif tg_op = ''DELETE'' then
                %3$s;
            else
                %4$s;
            end if;
            return null;
        end $f$', fn,
        format(apply, format('select jurisdiction_id, territory_path, %s, 1 from %s', exprs, format(zoned, 'new_rows'))),
        format(apply, format('select jurisdiction_id, territory_path, %s, -1 from %s', exprs, format(zoned, 'old_rows'))),
        format(apply, format('select jurisdiction_id, territory_path, %1$s, -1 from %2$s
                              union all select jurisdiction_id, territory_path, %1$s, 1 from %3$s',
                             exprs, format(zoned, 'old_rows'), format(zoned, 'new_rows'))));
    execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows
                    for each statement execute function %3$I()', rollup || '_insert', counted, fn);
    execute format('create trigger %1$I after update on %2$I referencing old table as old_rows new table as new_rows
                    for each statement execute function %3$I()', rollup || '_update', counted, fn);
    execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows
                    for each statement execute function %3$I()', rollup || '_delete', counted, fn);
end $$;

-- People registered, by the day they were registered.
drop trigger person_rollup_insert on person;
drop trigger person_rollup_update on person;
drop trigger person_rollup_delete on person;
drop function person_rollup_delta();

lock table person in share row exclusive mode;
select minga_rollup_triggers_local('person', 'person_rollup', 'day', '(created_at at time zone jurisdiction_zone)::date');

delete from person_rollup;
insert into person_rollup (jurisdiction_id, territory_path, day, n)
select g.jurisdiction_id, a.path, g.day, sum(g.n)
  from (select p.jurisdiction_id, p.territory_path, (p.created_at at time zone j.time_zone)::date as day, count(*) as n
          from person p join jurisdiction j on j.id = p.jurisdiction_id group by 1, 2, 3) g
 cross join lateral minga_path_prefixes(g.territory_path) a (path)
 group by 1, 2, 3;

-- Commitments, by the day they were created (with their due date and status).
drop trigger gov_commitment_rollup_insert on gov_commitment;
drop trigger gov_commitment_rollup_update on gov_commitment;
drop trigger gov_commitment_rollup_delete on gov_commitment;
drop function gov_commitment_rollup_delta();

lock table gov_commitment in share row exclusive mode;
select minga_rollup_triggers_local('gov_commitment', 'gov_commitment_rollup', 'created_on, due_on, status',
    '(created_at at time zone jurisdiction_zone)::date, due_date, status');

delete from gov_commitment_rollup;
insert into gov_commitment_rollup (jurisdiction_id, territory_path, created_on, due_on, status, n)
select g.jurisdiction_id, a.path, g.created_on, g.due_on, g.status, sum(g.n)
  from (select c.jurisdiction_id, c.territory_path, (c.created_at at time zone j.time_zone)::date as created_on,
               c.due_date as due_on, c.status, count(*) as n
          from gov_commitment c join jurisdiction j on j.id = c.jurisdiction_id group by 1, 2, 3, 4, 5) g
 cross join lateral minga_path_prefixes(g.territory_path) a (path)
 group by 1, 2, 3, 4, 5;
