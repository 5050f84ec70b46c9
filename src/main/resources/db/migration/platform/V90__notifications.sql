-- In-app notifications (platform). One row per user and notification; read_at marks it read.

create table notification (
    id              bigint generated always as identity primary key,
    user_id         bigint       not null references app_user (id),
    jurisdiction_id bigint references jurisdiction (id),
    kind            varchar(60)  not null,
    title           varchar(300) not null,
    body            varchar(2000),
    link            varchar(500),
    dedup_key       varchar(200),              -- idempotency: one notification per user and key
    created_at      timestamptz  not null default now(),
    read_at         timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_unread_idx on notification (user_id) where read_at is null;
create unique index notification_dedup_idx on notification (user_id, dedup_key) where dedup_key is not null;
