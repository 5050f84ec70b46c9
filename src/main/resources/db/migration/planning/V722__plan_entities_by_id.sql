-- Responsible entities and the entities on resource lines linked to actors by id (issue 23). The name stays as it
-- was written (and as the actor was named then); the id is set when the name, code or acronym matched an actor of
-- the jurisdiction (planning.ResponsibleEntities, implemented by the actor module). No foreign key: the actor
-- table is another module's.
alter table plan_action_responsible add column actor_id bigint;
alter table plan_action_resource add column actor_id bigint;
create index plan_action_responsible_actor_idx on plan_action_responsible (actor_id) where actor_id is not null;
create index plan_action_resource_actor_idx on plan_action_resource (actor_id) where actor_id is not null;
