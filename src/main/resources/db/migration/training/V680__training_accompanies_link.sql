-- What a programme accompanies becomes a link to a record of another module (issue 20): its kind (a governance body,
-- a body's session, a demonstration exercise, a fair, a plan) and id in the owning module, resolved through the
-- platform's LinkTargets (training reads none of those tables). The free text stays: the management moment.
alter table training_programme
    add column accompanies_kind varchar(20),
    add column accompanies_id   bigint,
    add constraint training_programme_accompanies_link check ((accompanies_kind is null) = (accompanies_id is null));
