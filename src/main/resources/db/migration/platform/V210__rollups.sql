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

-- Keeps a rollup that counts the rows of a table: creates the table's trigger function (static SQL, so its plans
-- are cached, unlike a generic function with dynamic SQL) and its insert, update and delete triggers, for each
-- statement with transition tables. Arguments: the counted table, the rollup table, the rollup's key columns after
-- jurisdiction_id and territory_path, and the same values as expressions over a row of the counted table, e.g.
-- select minga_rollup_triggers('person', 'person_rollup', 'day', 'created_at::date').
create function minga_rollup_triggers(counted text, rollup text, cols text, exprs text) returns void
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
begin
    -- the changed rows are grouped by key first (an update that changes no counted column cancels out there), then
    -- each key is spread over the ancestor paths
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
        format(apply, format('select jurisdiction_id, territory_path, %s, 1 from new_rows', exprs)),
        format(apply, format('select jurisdiction_id, territory_path, %s, -1 from old_rows', exprs)),
        format(apply, format('select jurisdiction_id, territory_path, %1$s, -1 from old_rows
                              union all select jurisdiction_id, territory_path, %1$s, 1 from new_rows', exprs)));
    execute format('create trigger %1$I after insert on %2$I referencing new table as new_rows
                    for each statement execute function %3$I()', rollup || '_insert', counted, fn);
    execute format('create trigger %1$I after update on %2$I referencing old table as old_rows new table as new_rows
                    for each statement execute function %3$I()', rollup || '_update', counted, fn);
    execute format('create trigger %1$I after delete on %2$I referencing old table as old_rows
                    for each statement execute function %3$I()', rollup || '_delete', counted, fn);
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
