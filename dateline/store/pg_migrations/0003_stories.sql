-- Stories: articles grouped by the real-world event they report (dateline.stories).
-- The PostgreSQL twin of migrations/0003_stories.sql.
CREATE TABLE article_stories (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story      TEXT NOT NULL      -- story id: derived from the story's earliest article
);
CREATE INDEX article_stories_story ON article_stories(story);
