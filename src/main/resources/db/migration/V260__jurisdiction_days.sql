-- Issue 15, item 6: "which day" is the jurisdiction's day, not UTC's. The server and its sessions run in UTC, so
-- created_at::date put everything registered in Bogotá after 19:00 (after 20:00 or 21:00 in San Antonio) on the next
-- day. The rollups that keep a day of an instant now take it on the jurisdiction's clock; their rows are rebuilt.
-- (Every instant column was already timestamptz: an audit of the schema found no timestamp without time zone.)

-- The jurisdiction's day of an instant, as an expression over a row that has jurisdiction_id (a transition table's
-- row in the rollup triggers): a primary-key lookup per row, a scalar subquery so the trigger's plan stays static.

-- People registered, by the day they were registered.
drop trigger person_rollup_insert on person;
drop trigger person_rollup_update on person;
drop trigger person_rollup_delete on person;
drop function person_rollup_delta();

lock table person in share row exclusive mode;
select minga_rollup_triggers('person', 'person_rollup', 'day',
    '(created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = jurisdiction_id))::date');

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
select minga_rollup_triggers('gov_commitment', 'gov_commitment_rollup', 'created_on, due_on, status',
    '(created_at at time zone (select jz.time_zone from jurisdiction jz where jz.id = jurisdiction_id))::date, due_date, status');

delete from gov_commitment_rollup;
insert into gov_commitment_rollup (jurisdiction_id, territory_path, created_on, due_on, status, n)
select g.jurisdiction_id, a.path, g.created_on, g.due_on, g.status, sum(g.n)
  from (select c.jurisdiction_id, c.territory_path, (c.created_at at time zone j.time_zone)::date as created_on,
               c.due_date as due_on, c.status, count(*) as n
          from gov_commitment c join jurisdiction j on j.id = c.jurisdiction_id group by 1, 2, 3, 4, 5) g
 cross join lateral minga_path_prefixes(g.territory_path) a (path)
 group by 1, 2, 3, 4, 5;
