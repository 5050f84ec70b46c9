-- "Personas registradas" reads person_rollup now (V211): the index that let it count persons by territory and
-- registration date from the index alone has no reader left, and every person written paid for it (about 3 s a
-- million rows in a bulk import, bench/households-costs.sh). Lists of persons by territory use person_scope_idx.
drop index person_scope_created_idx;
