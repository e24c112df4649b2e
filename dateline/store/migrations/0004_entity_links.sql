-- Entities across articles: the key of the entity a stored entity is another name of
-- ("person:putin" -> "person:vladimir-putin"); NULL when it stands for itself.
ALTER TABLE entities ADD COLUMN canonical TEXT;
CREATE INDEX entities_canonical ON entities(canonical);
