-- The technical secretariat's duties: the draft acta is circulated to the members for comments before it is
-- approved; each comment is kept with its author.
alter table gov_session add column circulated_at timestamptz;

create table gov_acta_comment (
    id         bigint generated always as identity primary key,
    session_id bigint       not null references gov_session (id),
    author     varchar(200) not null,
    comment    text         not null,
    created_at timestamptz  not null default now()
);
create index gov_acta_comment_session on gov_acta_comment (session_id, id);
