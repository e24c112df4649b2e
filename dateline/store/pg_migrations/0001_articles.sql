-- Articles as they were ingested, their earlier versions, full-text search and near-duplicate keys.
-- The PostgreSQL twin of migrations/0001_articles.sql: same tables and columns, so the same
-- queries read either store. Dates stay ISO text (YYYY-MM-DD), as in SQLite.
CREATE TABLE articles (
    rowid          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,       -- stable id: from the URL, else from date+title+text
    date           TEXT NOT NULL,              -- publication date, YYYY-MM-DD
    date_source    TEXT NOT NULL,              -- given | metadata | feed | filename | timeml
    date_precision TEXT NOT NULL,              -- day | hour | minute | second
    published      TEXT,                       -- full timestamp when known
    title          TEXT NOT NULL DEFAULT '',
    text           TEXT NOT NULL,
    url            TEXT,
    source         TEXT,
    language       TEXT NOT NULL DEFAULT 'en',
    origin         TEXT,                       -- where it was read from: file:line
    extra          TEXT,                       -- other fields of the input record, as JSON
    content_hash   TEXT NOT NULL,              -- sha1 of title and text
    duplicate_of   TEXT,                       -- id of the article this one is a copy of
    similarity     DOUBLE PRECISION,           -- estimated Jaccard similarity to that article
    version        INTEGER NOT NULL DEFAULT 1, -- 1 + number of times its text changed
    ingested_at    TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    -- Full-text search: title words weigh more than body words; kept in step by PostgreSQL.
    -- Only the first 300,000 characters are indexed: a tsvector cannot exceed 1 MB, and an
    -- over-long text must not make its whole batch fail.
    fts            TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', left(title, 10000)), 'A')
        || setweight(to_tsvector('english', left(text, 300000)), 'B')
    ) STORED
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_fts ON articles USING GIN (fts);

-- Earlier versions of articles whose text changed under the same id.
CREATE TABLE article_versions (
    article_id   TEXT NOT NULL,
    version      INTEGER NOT NULL,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    replaced_at  TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
);

-- MinHash signatures (128 permutations) and their locality-sensitive-hashing bands (16 x 8 rows).
CREATE TABLE minhash_signatures (
    article_rowid BIGINT PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    signature     BYTEA NOT NULL
);
CREATE TABLE minhash_bands (
    band          INTEGER NOT NULL,
    hash          BIGINT NOT NULL,
    article_rowid BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, article_rowid)
);
CREATE INDEX minhash_bands_article ON minhash_bands(article_rowid);
