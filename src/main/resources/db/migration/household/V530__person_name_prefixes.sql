-- The header search, the person pickers and the person list search by name scope first (issue 17, speed): a user
-- only ever searches inside their territories. A GIN index cannot lead with the territory (it has no composite
-- keys: a btree_gin index of path and words intersects two posting lists, the localidad's 400,000 people and the
-- city's namesakes), so the territory goes into the words: for each word of the name its first three letters,
-- alone ("pmar" for "maria") and keyed by the territories of the second and third levels of the person's path
-- ("s5wmar" and "s37wmar" for a person of /1/5/37/80/). A user of localidad 37, or of an UPZ or barrio in it, asks
-- for 's37wmar & s37wgom' and the index reads only that localidad's namesakes; a user of a whole jurisdiction asks
-- for 'pmar & pgom'. These are exact words, not prefix matches ('mar:*' gathered every name starting with "mar" of
-- the city into a bitmap before intersecting: 1.2 million entries for "mar gom" at 8 million people), so GIN
-- intersects their lists skipping through the longer one. The rows found are checked against the words typed
-- (to_tsvector('simple', name_key) @@ 'mar:* & gom:*', as before), which needs no index: this one replaces
-- person_name_words_idx. Words are runs of [a-z0-9] of the name key, as the query's are; keep the expression
-- identical to NameWords.INDEXED.
drop index person_name_words_idx;
create index person_name_prefixes_idx on person using gin (to_tsvector('simple', regexp_replace(regexp_replace(
    name_key, '[^a-z0-9]+', ' ', 'g'), '([a-z0-9]{1,3})[a-z0-9]*', 'p\1 s' || split_part(territory_path, '/', 3)
    || 'w\1' || case when split_part(territory_path, '/', 4) <> '' then ' s' || split_part(territory_path, '/', 4)
    || 'w\1' else '' end, 'g')));
