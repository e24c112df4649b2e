-- The PostgreSQL twin of migrations/0002_analysis.sql ("end" is quoted: a reserved word here).
-- What dateline read in each article: one table per layer, every row with its article id,
-- the field it was found in (text or title) and character offsets into that field.
CREATE TABLE analyses (
    article_id    TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    content_hash  TEXT NOT NULL,   -- the article content the layers were computed from
    engine        TEXT NOT NULL,   -- dateline version that computed them
    analyzed_at   TEXT NOT NULL
);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,      -- DATE | TIME | DURATION | SET
    value      TEXT NOT NULL,      -- TimeML value: 2022-09-30, 2022-W39, P1W, PAST_REF ...
    date_start TEXT,               -- the interval the expression denotes
    date_end   TEXT,
    rule       TEXT
);
CREATE INDEX timexes_article ON timexes(article_id);
CREATE INDEX timexes_dates ON timexes(date_start, date_end);

CREATE TABLE entities (
    key      TEXT PRIMARY KEY,     -- canonical key across the store
    name     TEXT NOT NULL,        -- fullest name seen
    label    TEXT NOT NULL,        -- PERSON | ORG | GPE | LOC | NORP | ...
    mentions INTEGER NOT NULL DEFAULT 0,
    roles    TEXT                  -- JSON list of roles seen ("spokesman", ...)
);

CREATE TABLE entity_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    label      TEXT NOT NULL,
    entity_key TEXT,
    role       TEXT
);
CREATE INDEX entity_mentions_article ON entity_mentions(article_id);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_key);

CREATE TABLE places (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    name         TEXT,
    kind         TEXT,
    place_id     TEXT,
    country_code TEXT,
    country      TEXT,
    admin1       TEXT,
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    confidence   DOUBLE PRECISION
);
CREATE INDEX places_article ON places(article_id);
CREATE INDEX places_name ON places(name);

CREATE TABLE quotes (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field         TEXT NOT NULL,
    start         INTEGER NOT NULL,  -- content span
    "end"         INTEGER NOT NULL,
    content       TEXT NOT NULL,
    kind          TEXT NOT NULL,     -- direct | mixed | indirect
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_text  TEXT,
    speaker_name  TEXT,
    entity_key    TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    cue           TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_name);

CREATE TABLE event_mentions (
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    field          TEXT NOT NULL,
    start          INTEGER NOT NULL,  -- trigger span
    "end"          INTEGER NOT NULL,
    trigger        TEXT NOT NULL,
    lemma          TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    status         TEXT NOT NULL,
    type           TEXT,
    date           TEXT,
    date_start     TEXT,
    date_end       TEXT,
    anchor         TEXT NOT NULL,     -- timex | reported | article
    place          TEXT,
    data           TEXT NOT NULL      -- the whole mention as JSON (participants, timex, place ...)
);
CREATE INDEX event_mentions_article ON event_mentions(article_id);
CREATE INDEX event_mentions_date ON event_mentions(date_start, date_end);
