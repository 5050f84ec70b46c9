-- Which users work for which actor (entity): an entity's referral inbox and, later, its fair stands.
-- user_id has no foreign key to keep the actor module free of the platform's tables; the username is a copy
-- for display.
create table actor_staff (
    actor_id   bigint      not null references actor (id) on delete cascade,
    user_id    bigint      not null,
    username   varchar(60) not null,
    position   varchar(200),
    added_by   varchar(60) not null,
    added_at   timestamptz not null default now(),
    primary key (actor_id, user_id)
);
create index actor_staff_user_idx on actor_staff (user_id);
