-- The header search, the person pickers and the person list search by name scope first (issue 17, speed): a user
-- only ever searches inside their territories. A GIN index cannot lead with the territory (it has no composite
-- keys: a btree_gin index of path and words intersects two posting lists, the localidad's 400,000 people and the
-- city's namesakes), so each word of the name is indexed keyed by the territories of the second and third levels
-- of the person's path: "maria" of a person of /1/5/37/80/ is the words "s5wmaria" and "s37wmaria". A user of
-- zona 5 asks for 's5wmar:* & s5wgom:*', a user of localidad 37 (or of an UPZ or barrio in it) for
-- 's37wmar:* & s37wgom:*', and the index reads only those namesakes. Users who reach a whole jurisdiction keep
-- person_name_words_idx. Words are runs of [a-z0-9] of the name key, as the query's words are (NameWords); keep
-- the expression identical to NameWords.SCOPED.
create index person_scoped_words_idx on person using gin (to_tsvector('simple', regexp_replace(regexp_replace(
    name_key, '[^a-z0-9]+', ' ', 'g'), '([a-z0-9]+)', 's' || split_part(territory_path, '/', 3) || 'w\1'
    || case when split_part(territory_path, '/', 4) <> '' then ' s' || split_part(territory_path, '/', 4) || 'w\1'
       else '' end, 'g')));
