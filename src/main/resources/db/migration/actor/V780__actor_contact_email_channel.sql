-- Issue 21: an actor's contact person accepts (or not) the e-mail channel for campaign invitations, explicitly,
-- with the day it was accepted and who recorded it; an unsubscribe withdraws it (the day kept).
alter table actor_contact add column email_accepted_on date;
alter table actor_contact add column email_accepted_recorded_by varchar(100);
alter table actor_contact add column email_withdrawn_on date;
alter table actor_contact add constraint actor_contact_email_acceptance_check
    check ((email_accepted_on is null) = (email_accepted_recorded_by is null));

-- The free-text authorizations that clearly name invitations or communications by e-mail become an acceptance on
-- the day of the authorization; any other text is no acceptance.
update actor_contact
   set email_accepted_on = authorized_at, email_accepted_recorded_by = 'migración V780'
 where email is not null
   and authorization_purpose ~* '(correo|e-?mail)'
   and authorization_purpose ~* '(invitaci|convocatori|comunicaci|difusi|bolet|campa)';
