-- The home page lists each role's pending work (issue 17): visits due and care-plan actions falling due.
create index household_next_visit_idx on household (jurisdiction_id, next_visit_on) where next_visit_on is not null;
create index care_plan_action_open_due_idx on care_plan_action (due_on) where status in ('PENDIENTE', 'EN_CURSO');
