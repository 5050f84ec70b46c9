-- What a Red MAS Bienestar ties together (issue 24, seed 004): social assets (actor), services (offer) and care
-- routes (referral), each by kind and id as their owner module offers them for linking (platform.LinkTargets), so
-- governance reads none of their tables; a link whose record is gone resolves to nothing and is not shown.
create table gov_network_link (
    network_id bigint      not null references gov_network (id) on delete cascade,
    kind       varchar(20) not null check (kind in ('social-asset', 'service', 'care-route')),
    target_id  bigint      not null,
    primary key (network_id, kind, target_id)
);
