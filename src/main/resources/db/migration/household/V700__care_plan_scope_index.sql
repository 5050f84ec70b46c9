-- The needs crossed with the response (issue 22) count the open needs of active care plans per territory subtree:
-- the same (jurisdiction, path prefix) index the other household tables have, on the active plans only.
create index care_plan_active_scope_idx on care_plan (jurisdiction_id, territory_path varchar_pattern_ops)
    where status = 'ACTIVO';
