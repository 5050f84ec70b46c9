-- Issue 26: governance's rollup of a body's commitments (V845) is folded by the compaction like every rollup.
insert into minga_rollup (table_name, key_columns, value_columns)
values ('gov_commitment_body_rollup', 'body_id, due_on, status, goal, sectors', 'n');
