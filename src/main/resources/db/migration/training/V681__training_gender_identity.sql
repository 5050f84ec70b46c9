-- The gender identity a participant declared (issue 20: the diversity of who attended, shown as shares): copied once
-- at enrolment like sex and ethnicity (from household's PersonFacts for a community agent), never listed.
alter table training_participant add column gender_identity varchar(60);
