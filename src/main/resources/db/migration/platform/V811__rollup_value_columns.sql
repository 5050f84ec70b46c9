-- Issue 22: a rollup may keep sums besides its count n (household_board_rollup keeps the sums of its households'
-- coordinates). The compaction folds every value column of a rollup, listed here, into one row per key, and still
-- drops a key whose n sums to 0 (nothing counted there any more, so its sums are 0 as well).
alter table minga_rollup add column value_columns varchar(400) not null default 'n';

create or replace function minga_rollup_compact(rollup text, key_columns text) returns bigint
    language plpgsql as $$
declare
    r_cols text;
    k_cols text;
    v_cols text;
    sums   text;
    folded bigint;
begin
    select string_agg('r.' || btrim(c), ', '), string_agg('k.' || btrim(c), ', ')
      into r_cols, k_cols from unnest(string_to_array(key_columns, ',')) c;
    select coalesce((select m.value_columns from minga_rollup m where m.table_name = rollup), 'n') into v_cols;
    select string_agg('sum(' || btrim(c) || ')', ', ') into sums from unnest(string_to_array(v_cols, ',')) c;
    execute format('with k as (select %2$s from %1$I group by %2$s having count(*) > 1),
                         d as (delete from %1$I r using k where (%3$s) = (%4$s) returning r.*),
                         i as (insert into %1$I (%2$s, %5$s) select %2$s, %6$s from d group by %2$s
                               having sum(n) <> 0 returning 1)
                    select count(*) from d', rollup, key_columns, r_cols, k_cols, v_cols, sums) into folded;
    return folded;
end $$;

-- The household rollups of V810: the local management board's households, and alerts by opening and closing day.
insert into minga_rollup (table_name, key_columns, value_columns)
values ('household_board_rollup', 'jurisdiction_id, territory_path, field_team_id, priority, visit_on',
        'n, lat_n, lat_sum, lon_n, lon_sum'),
       ('alert_rollup', 'jurisdiction_id, territory_path, opened_on, closed_on', 'n');
