-- The secret addresses of the personal calendar feeds: one in force per user, kept as the SHA-256 of the secret
-- (like API tokens), revoked by the user at any time.
create table calendar_feed_key (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    key_hash     bytea       not null unique,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create unique index calendar_feed_key_in_force on calendar_feed_key (user_id) where revoked_at is null;
