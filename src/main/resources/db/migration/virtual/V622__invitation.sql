-- Campaign invitations by e-mail (issue 21): each one sent to a person who authorised the e-mail channel, with the
-- unguessable token of its unsubscribe link; the people who unsubscribed receive no other.

create table campaign_invitation (
    id          bigint generated always as identity primary key,
    campaign_id bigint      not null references campaign (id) on delete cascade,
    piece_id    bigint      not null references campaign_piece (id) on delete cascade,
    person_id   bigint      not null,
    token       varchar(40) not null unique,
    sent_at     timestamptz not null
);
create index campaign_invitation_of on campaign_invitation (campaign_id);
create table invitation_opt_out (
    person_id    bigint primary key,
    opted_out_at timestamptz not null
);
