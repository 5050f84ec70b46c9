-- The services an agreement funds (issue 23, point 3: "the actions and services they fund"). A service is the offer
-- module's record, named by id through platform.LinkTargets (kind "service"): no foreign key into offer's table.
create table agreement_funded_service (
    agreement_id bigint not null references agreement (id) on delete cascade,
    service_id   bigint not null,
    primary key (agreement_id, service_id)
);
