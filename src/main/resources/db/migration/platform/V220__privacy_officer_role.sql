-- The personal-data protection officer of a jurisdiction (Ley 1581 de 2012): answers data-subject requests and
-- executes deletions. The system actor (Role.SYSTEM) is never stored as an account.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in
    ('ADMINISTRATOR', 'DISTRICT', 'ZONAL', 'LOCAL', 'FIELD_TEAM', 'PRACTICE_EVALUATOR', 'READ_ONLY', 'ENTITY_STAFF',
     'PRIVACY_OFFICER'));
