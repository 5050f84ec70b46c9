-- The status an alert had when it was closed, so the person who closed it can undo the closing for a few minutes.
alter table alert add column closed_from varchar(20);
