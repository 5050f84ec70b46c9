-- Failed-login counters and locks, shared by every node through the database (issue 16).
-- PAIR: one account name from one address (exact: each attempt reserves its turn before the password is checked);
-- ACCOUNT: one account name from any address; ADDRESS: any account name from one address.
-- Names are counted as typed (lower case) whether or not the account exists, so a lock says nothing about it.
create table login_throttle (
    kind          varchar(10)  not null check (kind in ('PAIR', 'ACCOUNT', 'ADDRESS')),
    username      varchar(200) not null default '',
    address       varchar(64)  not null default '',
    attempts      integer      not null default 0,
    locks         integer      not null default 0,   -- locks in a row: each lasts twice the one before
    locked_until  timestamptz,
    updated_at    timestamptz  not null default now(),
    primary key (kind, username, address)
);
-- an administrator's unlock and the users page look an account's rows up by name
create index login_throttle_username_idx on login_throttle (username) where username <> '';
