-- What each user chooses to be notified of (issue 17): per topic ("referral", "commitment"...), whether to
-- receive it at all and whether also by mail (by_mail). No row means both (the default).
create table notification_preference (
    user_id  bigint      not null references app_user (id) on delete cascade,
    topic    varchar(40) not null,
    receive  boolean     not null default true,
    by_mail  boolean     not null default true,
    primary key (user_id, topic)
);
