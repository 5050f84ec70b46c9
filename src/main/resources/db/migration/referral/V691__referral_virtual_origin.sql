-- A referral may start in a virtual territory (issue 21): a moderator brings the need a person who authorised it
-- said online; the channel is its origin.

alter table referral drop constraint referral_origin_check;
alter table referral add constraint referral_origin_check
    check (origin in ('FIELD_VISIT', 'ATTENTION', 'SERVICE_FAIR', 'ALERT', 'BODY', 'VIRTUAL_TERRITORY', 'OTHER'));
