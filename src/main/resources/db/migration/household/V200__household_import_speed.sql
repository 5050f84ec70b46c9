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

-- The search of persons by name looks for the start of each word of the name ("mar gom" finds María Gómez)
-- through an index of the name's words (3 or 4 entries a person) instead of its trigrams (20 or more): a bulk
-- import of persons spent almost half its time maintaining the trigram index. Probable duplicates compare
-- names by trigram similarity among the persons born the same day (person_similar_idx): no index needed.
drop index person_name_trgm_idx;
create index person_name_words_idx on person using gin (to_tsvector('simple', name_key));

-- Households are found by field team only for a team (field_team_id = ...): rows without a team, most of them,
-- need no entry.
drop index household_team_idx;
create index household_team_idx on household (field_team_id) where field_team_id is not null;
