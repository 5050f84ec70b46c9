-- Issue 21: reading the contact people of actors (their e-mails and phones) is logged like other personal reads.
alter table personal_data_access drop constraint personal_data_access_subject_type_check;
alter table personal_data_access add constraint personal_data_access_subject_type_check
    check (subject_type in ('PERSON', 'HOUSEHOLD', 'IMPORT', 'AUDIT', 'ACTOR_CONTACT'));
