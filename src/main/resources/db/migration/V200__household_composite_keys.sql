-- Households and persons: one composite foreign key to (territory, jurisdiction) instead of two separate ones.
-- A bulk import checks one key per row instead of two, and the key now also proves that the territory belongs
-- to the row's jurisdiction (territory.jurisdiction_id references jurisdiction, so the jurisdiction exists).
alter table territory add constraint territory_id_jurisdiction_uq unique (id, jurisdiction_id);

alter table household
    drop constraint household_jurisdiction_id_fkey,
    drop constraint household_territory_id_fkey,
    add constraint household_territory_fk foreign key (territory_id, jurisdiction_id)
        references territory (id, jurisdiction_id);

alter table person
    drop constraint person_jurisdiction_id_fkey,
    drop constraint person_territory_id_fkey,
    add constraint person_territory_fk foreign key (territory_id, jurisdiction_id)
        references territory (id, jurisdiction_id);
