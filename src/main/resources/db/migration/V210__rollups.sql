-- Rollups (issue 10, speed of the situation room): counts kept by the module that owns the data, exact and always
-- current, maintained in the database by statement-level triggers. A rollup table has the key columns
-- (jurisdiction_id, territory_path, <dates, status...>) and a signed count n; a figure is sum(n) over its key.
--
-- * territory_path in a rollup row is every ancestor path of the fact's territory: a fact at '/1/5/23/' adds rows
--   for '/1/', '/1/5/' and '/1/5/23/', so a territory's figure reads the rows with territory_path = its path
--   (equality on a btree), a few hundred rows for a whole district instead of millions of facts.
-- * Rows are insert-only signed deltas: an insert adds +n, a delete -n, an update of a counted column -n at the old
--   key and +n at the new one. Never an upsert: concurrent transactions adding facts anywhere in the city the same
--   day would all wait on the district's row for that day.
-- * The triggers are per statement, with transition tables: a bulk load (import, COPY) pays one grouped insert per
--   statement, not a trigger per row.
-- * A scheduled job (RollupCompaction) folds the deltas into one row per key, in one statement; reads are right
--   before and after it.

-- The path and every ancestor path of a materialised path: '/1/5/23/' gives '/1/', '/1/5/', '/1/5/23/'.
create function minga_path_prefixes(path text) returns setof text
    language sql immutable strict parallel safe as $$
    select '/' || array_to_string(a[1:k], '/') || '/'
      from (select string_to_array(btrim(path, '/'), '/') as a) s, generate_series(1, cardinality(s.a)) k
$$;

-- The rollups the compaction job folds: table name and key columns (comma-separated, n excluded).
create table minga_rollup (
    table_name  varchar(63)  primary key,
    key_columns varchar(400) not null
);

-- Trigger function for a rollup counting rows: arguments are the rollup table, its key columns after
-- jurisdiction_id and territory_path, and the same values as expressions over a row of the counted table
-- (e.g. 'person_rollup', 'day', 'created_at::date'). Use it for insert, update and delete, for each statement,
-- with the transition tables named new_rows and old_rows.
create function minga_rollup_delta() returns trigger
    language plpgsql as $$
declare
    rollup text := tg_argv[0];
    cols   text := tg_argv[1];
    exprs  text := tg_argv[2];
    delta  text;
begin
    if tg_op = 'INSERT' then
        delta := format('select jurisdiction_id, territory_path, %s, 1 from new_rows', exprs);
    elsif tg_op = 'DELETE' then
        delta := format('select jurisdiction_id, territory_path, %s, -1 from old_rows', exprs);
    else
        delta := format('select jurisdiction_id, territory_path, %1$s, -1 from old_rows
                         union all select jurisdiction_id, territory_path, %1$s, 1 from new_rows', exprs);
    end if;
    -- group the changed rows by key first (an update that changes no counted column cancels out here), then
    -- spread each key over the ancestor paths
    execute format('insert into %1$I (jurisdiction_id, territory_path, %2$s, n)
                    select g.jurisdiction_id, a.path, %2$s, sum(g.n)
                      from (select jurisdiction_id, territory_path, %2$s, sum(n) as n
                              from (%3$s) d (jurisdiction_id, territory_path, %2$s, n)
                             group by jurisdiction_id, territory_path, %2$s having sum(n) <> 0) g
                     cross join lateral minga_path_prefixes(g.territory_path) a (path)
                     group by g.jurisdiction_id, a.path, %2$s having sum(g.n) <> 0', rollup, cols, delta);
    return null;
end $$;

-- Folds the deltas of one rollup into one row per key (dropping keys whose sum is 0), in one statement; only keys
-- with more than one row are touched. Answers the number of delta rows folded.
create function minga_rollup_compact(rollup text, key_columns text) returns bigint
    language plpgsql as $$
declare
    r_cols text;
    k_cols text;
    folded bigint;
begin
    select string_agg('r.' || btrim(c), ', '), string_agg('k.' || btrim(c), ', ')
      into r_cols, k_cols from unnest(string_to_array(key_columns, ',')) c;
    execute format('with k as (select %2$s from %1$I group by %2$s having count(*) > 1),
                         d as (delete from %1$I r using k where (%3$s) = (%4$s) returning r.*),
                         i as (insert into %1$I (%2$s, n) select %2$s, sum(n) from d group by %2$s
                               having sum(n) <> 0 returning 1)
                    select count(*) from d', rollup, key_columns, r_cols, k_cols) into folded;
    return folded;
end $$;
