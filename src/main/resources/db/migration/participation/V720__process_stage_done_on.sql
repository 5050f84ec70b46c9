-- When a stage of a participatory process was done (issue 23: the "stages on time" figure compares it with the
-- stage's end date). Stages marked done before this column existed are taken as done on their end date.
alter table process_stage add column done_on date;
update process_stage set done_on = coalesce(ends_on, starts_on) where status = 'DONE';
alter table process_stage add constraint process_stage_done_on check ((status = 'DONE') = (done_on is not null));
