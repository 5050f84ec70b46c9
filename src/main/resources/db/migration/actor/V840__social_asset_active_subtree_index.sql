-- Issue 26: the figure "Activos sociales" (actor.social-assets, the situation room's opening figure and a computed
-- indicator of every plan) counts the active assets of a subtree created before the end of each period. With only
-- (jurisdiction, path) to go on, each count read every asset of the subtree from the table and evaluated the end of
-- the period in the jurisdiction's zone once per row: 3.6 ms a period for Bogotá's 5,000 assets, 24 ms for the 8
-- quarters of an indicator. With the creation instant in the index, the bound is an index condition computed once
-- and the count never leaves the index: 0.6 ms for the 8 quarters.
create index social_asset_active_subtree_idx on social_asset (jurisdiction_id, territory_path varchar_pattern_ops, created_at)
    where status = 'ACTIVE';
