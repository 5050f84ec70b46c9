-- Indexes for the figures the situation room reads from the owning modules' tables (issue 10): every
-- IndicatorSource answers with one range scan on (jurisdiction, territory path) and, where it has one, the date,
-- with the other columns it filters on included so that the count is an index-only scan.
create index characterization_scope_idx on characterization (jurisdiction_id, territory_path varchar_pattern_ops, answered_on)
    include (household_id);
create index alert_scope_dates_idx on alert (jurisdiction_id, territory_path varchar_pattern_ops) include (created_at, closed_at);
create index referral_scope_dates_idx on referral (jurisdiction_id, territory_path varchar_pattern_ops, created_on)
    include (status, due_on);
create index gov_commitment_scope_idx on gov_commitment (jurisdiction_id, territory_path varchar_pattern_ops)
    include (status, due_date, created_at);
create index person_scope_created_idx on person (jurisdiction_id, territory_path varchar_pattern_ops) include (created_at);
