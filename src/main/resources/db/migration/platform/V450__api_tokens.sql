-- API tokens (issue 19): another system calls the API as one user with "Authorization: Bearer minga_<id>_<secret>".
-- Only the SHA-256 of the random secret is kept: the secret itself is shown once, when the token is created.
-- The token has its user's role and scope as they are at each call; a disabled user's tokens stop working.
create table api_token (
    id            bigint generated always as identity primary key,
    user_id       bigint       not null references app_user (id),
    name          varchar(80)  not null,
    secret_hash   bytea        not null check (octet_length(secret_hash) = 32),
    created_at    timestamptz  not null default now(),
    created_by    varchar(60)  not null,
    expires_at    timestamptz  not null,
    revoked_at    timestamptz,
    revoked_by    varchar(60),
    last_used_at  timestamptz   -- written at most once a minute per token
);
create index api_token_user_idx on api_token (user_id, created_at desc);
