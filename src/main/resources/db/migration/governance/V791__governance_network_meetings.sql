-- The meetings of a Red MAS Bienestar (issue 24, seed 004): when and where the network met, the actors that attended,
-- what was agreed and the next steps. A network is not a body: its meetings have no quorum or acta, so they are a
-- small aggregate of their own rather than a governance session.
create table gov_network_meeting (
    id              bigint generated always as identity primary key,
    network_id      bigint        not null references gov_network (id) on delete cascade,
    jurisdiction_id bigint        not null references jurisdiction (id),
    held_on         date          not null,
    place           varchar(300)  not null,
    agreements      varchar(4000) not null,
    next_steps      varchar(4000),
    created_by      varchar(60),
    version         integer       not null default 0,
    created_at      timestamptz   not null default now()
);
create index gov_network_meeting_network on gov_network_meeting (network_id, held_on desc);

create table gov_network_meeting_attendee (
    meeting_id bigint not null references gov_network_meeting (id) on delete cascade,
    actor_id   bigint not null references actor (id),
    primary key (meeting_id, actor_id)
);
