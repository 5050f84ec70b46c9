-- The access log records every read of personal data, lists and exports included: one row per request (and
-- subject type, jurisdiction and action) with the ids read in an array, so a page of 500 people costs one insert.
-- "Who saw person X" stays an indexed query: subject_ids @> array[X] on a GIN index. The endpoint is the request's
-- method and URI pattern (GET /api/v1/persons/{id}). jurisdiction_id is null for a list that spans several.

alter table personal_data_access add column subject_ids bigint[];
update personal_data_access set subject_ids = array[subject_id];
alter table personal_data_access alter column subject_ids set not null;
alter table personal_data_access drop column subject_id;
alter table personal_data_access alter column jurisdiction_id drop not null;
alter table personal_data_access add column endpoint varchar(300);
create index personal_data_access_subjects_idx on personal_data_access using gin (subject_ids);
create index personal_data_access_at_idx on personal_data_access (at desc);
-- The platform's own pages that may show people (import jobs' rows and errors, audit-log entries) are logged too,
-- by the id of what they show.
alter table personal_data_access drop constraint personal_data_access_subject_type_check;
alter table personal_data_access add constraint personal_data_access_subject_type_check
    check (subject_type in ('PERSON', 'HOUSEHOLD', 'IMPORT', 'AUDIT'));
