-- A department (Norte de Santander) groups municipalities (Cúcuta, Villa del Rosario, Los Patios...): issue 22. A
-- departmental user's jurisdiction is the department; it owns no territory nor personal datum of its own and sees
-- its municipalities' figures aggregated. A municipality belongs to at most one department.
alter table jurisdiction add column department_id bigint references jurisdiction (id);
create index jurisdiction_department_idx on jurisdiction (department_id) where department_id is not null;
