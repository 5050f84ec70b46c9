-- The local management board (issue 22) shows each field team with its contact: the team's institutional phone and
-- e-mail (not a member's own), so whoever sees a household on the map knows whom to call.
alter table field_team add column contact_phone varchar(40), add column contact_email varchar(200);
