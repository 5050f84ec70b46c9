-- Issue 19: several Minga nodes on one database.

-- HTTP sessions in PostgreSQL (Spring Session JDBC's own schema for PostgreSQL), so a user whose node stops goes on
-- working on another without signing in again.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- One row per scheduled job (ShedLock): the node that runs it holds it until lock_until, so the same round on
-- another node skips it. Times are the database's (UTC), not the nodes' clocks.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);

-- Single sign-on: the value of the provider's user claim (MINGA_OIDC_USER_CLAIM) that an administrator linked to
-- this account. One provider account opens at most one Minga account.
alter table app_user add column oidc_subject varchar(255);
create unique index app_user_oidc_subject on app_user (oidc_subject) where oidc_subject is not null;
