-- Articles as they were ingested, their earlier versions, full-text search and near-duplicate keys.
CREATE TABLE articles (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,       -- stable id: from the URL, else from date+title+text
    date           TEXT NOT NULL,              -- publication date, YYYY-MM-DD
    date_source    TEXT NOT NULL,              -- given | metadata | feed | filename | timeml
    date_precision TEXT NOT NULL,              -- day | month | year
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
    similarity     REAL,                       -- estimated Jaccard similarity to that article
    version        INTEGER NOT NULL DEFAULT 1, -- 1 + number of times its text changed
    ingested_at    TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

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

-- Full-text search over titles and texts (kept in step with articles by triggers).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- MinHash signatures (128 permutations) and their locality-sensitive-hashing bands (16 x 8 rows).
CREATE TABLE minhash_signatures (
    article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
    signature     BLOB NOT NULL
);
CREATE TABLE minhash_bands (
    band          INTEGER NOT NULL,
    hash          INTEGER NOT NULL,
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, article_rowid)
) WITHOUT ROWID;
