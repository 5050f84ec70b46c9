-- A role for the staff of an entity (works its referrals and fair stands; no territorial access to people).
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in
    ('ADMINISTRATOR', 'DISTRICT', 'ZONAL', 'LOCAL', 'FIELD_TEAM', 'PRACTICE_EVALUATOR', 'READ_ONLY', 'ENTITY_STAFF'));
