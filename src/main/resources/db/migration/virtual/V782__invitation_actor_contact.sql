-- Issue 21: a campaign invitation also goes to an actor's contact person who accepted the e-mail channel (actor
-- module's acceptance). The row keeps only the contact's id, never the e-mail; its unsubscribe withdraws the
-- acceptance in the actor module.
alter table campaign_invitation alter column person_id drop not null;
alter table campaign_invitation add column actor_contact_id bigint;
alter table campaign_invitation add constraint campaign_invitation_recipient_check
    check ((person_id is null) <> (actor_contact_id is null));
