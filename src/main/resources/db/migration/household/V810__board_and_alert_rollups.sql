-- Issue 22, speed of the local management board and of the before/after report: two household rollups kept like
-- the situation room's (see V210__rollups.sql: signed deltas per territory path and ancestor, written by
-- statement-level triggers, folded by the compaction job; V811 registers them there).

-- The board's households: per territory path (and ancestor), field team (0: none), priority and next visit day
-- ('infinity': none), how many households and the sums of their coordinates (numeric, so that a delta taken off
-- cancels the one added exactly). A localidad's first zoom reads a few hundred rows instead of its households.
create table household_board_rollup (
    jurisdiction_id bigint       not null,
    territory_path  varchar(800) not null,
    field_team_id   bigint       not null,
    priority        boolean      not null,
    visit_on        date         not null,
    n               bigint       not null,
    lat_n           bigint       not null,
    lat_sum         numeric      not null,
    lon_n           bigint       not null,
    lon_sum         numeric      not null
);
create index household_board_rollup_key_idx on household_board_rollup (jurisdiction_id, territory_path)
    include (field_team_id, priority, visit_on, n, lat_n, lat_sum, lon_n, lon_sum);

-- The changed households, grouped by key (an update that changes no counted column cancels out there), then spread
-- over the ancestor paths; s is +1 for a row now, -1 for a row before. Static SQL in each branch (the transition
-- tables an operation has), written once here.
do $do$
declare
    apply text := $a$
    insert into household_board_rollup (jurisdiction_id, territory_path, field_team_id, priority, visit_on, n, lat_n,
                                        lat_sum, lon_n, lon_sum)
    select g.jurisdiction_id, a.path, g.team, g.priority, g.visit_on, sum(g.n), sum(g.lat_n), sum(g.lat_sum),
           sum(g.lon_n), sum(g.lon_sum)
      from (select d.jurisdiction_id, d.territory_path, coalesce(d.field_team_id, 0) as team, d.priority,
                   coalesce(d.next_visit_on, 'infinity') as visit_on, sum(d.s) as n,
                   sum(case when d.latitude is null then 0 else d.s end) as lat_n,
                   coalesce(sum(d.s * d.latitude::numeric), 0) as lat_sum,
                   sum(case when d.longitude is null then 0 else d.s end) as lon_n,
                   coalesce(sum(d.s * d.longitude::numeric), 0) as lon_sum
              from (%s) d
             group by 1, 2, 3, 4, 5) g
     cross join lateral minga_path_prefixes(g.territory_path) a (path)
     group by g.jurisdiction_id, a.path, g.team, g.priority, g.visit_on
    having sum(g.n) <> 0 or sum(g.lat_n) <> 0 or sum(g.lon_n) <> 0 or sum(g.lat_sum) <> 0 or sum(g.lon_sum) <> 0$a$;
    cols  text := 'jurisdiction_id, territory_path, field_team_id, priority, next_visit_on, latitude, longitude';
begin
    execute format($f$create function household_board_rollup_delta() returns trigger language plpgsql as $b$
        begin
            if tg_op = 'INSERT' then
                %s;
            elsif tg_op = 'DELETE' then
                %s;
            else
                %s;
            end if;
            return null;
        end $b$$f$,
        format(apply, format('select %s, 1 as s from new_rows', cols)),
        format(apply, format('select %s, -1 as s from old_rows', cols)),
        format(apply, format('select %1$s, -1 as s from old_rows union all select %1$s, 1 from new_rows', cols)));
end $do$;

lock table household in share row exclusive mode;
create trigger household_board_rollup_insert after insert on household referencing new table as new_rows
    for each statement execute function household_board_rollup_delta();
create trigger household_board_rollup_update after update on household
    referencing old table as old_rows new table as new_rows
    for each statement execute function household_board_rollup_delta();
create trigger household_board_rollup_delete after delete on household referencing old table as old_rows
    for each statement execute function household_board_rollup_delta();

insert into household_board_rollup (jurisdiction_id, territory_path, field_team_id, priority, visit_on, n, lat_n,
                                    lat_sum, lon_n, lon_sum)
select g.jurisdiction_id, a.path, g.team, g.priority, g.visit_on, sum(g.n), sum(g.lat_n), sum(g.lat_sum),
       sum(g.lon_n), sum(g.lon_sum)
  from (select jurisdiction_id, territory_path, coalesce(field_team_id, 0) as team, priority,
               coalesce(next_visit_on, 'infinity') as visit_on, count(*) as n, count(latitude) as lat_n,
               coalesce(sum(latitude::numeric), 0) as lat_sum, count(longitude) as lon_n,
               coalesce(sum(longitude::numeric), 0) as lon_sum
          from household group by 1, 2, 3, 4, 5) g
 cross join lateral minga_path_prefixes(g.territory_path) a (path)
 group by 1, 2, 3, 4, 5;

-- Open alerts at a date (household.open-alerts, the before/after report's families' situation): per territory path
-- (and ancestor), the jurisdiction's day an alert was opened and the day it was closed ('infinity': still open), so
-- "open at the end of day D" is the sum of n over opened_on <= D and closed_on > D: a few hundred rows per territory
-- instead of its alerts, kept by minga_rollup_triggers_local (V260: days on the jurisdiction's clock).
create table alert_rollup (
    jurisdiction_id bigint       not null,
    territory_path  varchar(800) not null,
    opened_on       date         not null,
    closed_on       date         not null,
    n               bigint       not null
);
create index alert_rollup_key_idx on alert_rollup (jurisdiction_id, territory_path, opened_on) include (closed_on, n);

lock table alert in share row exclusive mode;
select minga_rollup_triggers_local('alert', 'alert_rollup', 'opened_on, closed_on',
    '(created_at at time zone jurisdiction_zone)::date, coalesce((closed_at at time zone jurisdiction_zone)::date, ''infinity'')');

insert into alert_rollup (jurisdiction_id, territory_path, opened_on, closed_on, n)
select g.jurisdiction_id, a.path, g.opened_on, g.closed_on, sum(g.n)
  from (select x.jurisdiction_id, x.territory_path, (x.created_at at time zone j.time_zone)::date as opened_on,
               coalesce((x.closed_at at time zone j.time_zone)::date, 'infinity') as closed_on, count(*) as n
          from alert x join jurisdiction j on j.id = x.jurisdiction_id group by 1, 2, 3, 4) g
 cross join lateral minga_path_prefixes(g.territory_path) a (path)
 group by 1, 2, 3, 4;

-- The board lists a territory's households with their open alerts: found by household on the open ones only.
create index alert_household_open_idx on alert (household_id) where status <> 'CERRADA';
