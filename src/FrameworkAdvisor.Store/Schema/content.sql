-- The site's content database: a build product of content/, written into a fresh file on every import and swapped
-- in whole. It is never migrated, so this one file creates every table exactly as it is.

CREATE TABLE comparison (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL,
    summary       TEXT    NOT NULL,
    updated       TEXT    NOT NULL,          -- YYYY-MM-DD, as authored
    weight        INTEGER NOT NULL,
    overview_html TEXT    NOT NULL
);

CREATE TABLE framework (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparison (id),
    slug          TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    summary       TEXT    NOT NULL,
    position      INTEGER NOT NULL,          -- column order in tables
    intro_html    TEXT    NOT NULL,          -- the body before its first '##' heading
    colour        TEXT    NOT NULL,          -- #rrggbb on light pages
    colour_dark   TEXT    NOT NULL,          -- #rrggbb on dark pages
    UNIQUE (comparison_id, slug)
);

-- The rest of a framework's body, one row per '##' heading, so its page can list and fold them.
CREATE TABLE framework_section (
    framework_id INTEGER NOT NULL REFERENCES framework (id),
    position     INTEGER NOT NULL,
    anchor       TEXT    NOT NULL,           -- the heading's id
    heading      TEXT    NOT NULL,           -- the heading as plain text
    body_html    TEXT    NOT NULL,
    PRIMARY KEY (framework_id, position)
);

CREATE TABLE aspect (
    id               INTEGER PRIMARY KEY,
    comparison_id    INTEGER NOT NULL REFERENCES comparison (id),
    slug             TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    summary          TEXT    NOT NULL,
    position         INTEGER NOT NULL,       -- row order; previous/next follow it
    in_article_table INTEGER NOT NULL,
    leans            TEXT,                   -- a framework slug, 'balanced', or NULL where the article takes no side
    lean_note_html   TEXT,
    intro_html       TEXT    NOT NULL,
    UNIQUE (comparison_id, slug)
);

CREATE TABLE aspect_take (
    aspect_id    INTEGER NOT NULL REFERENCES aspect (id),
    framework_id INTEGER NOT NULL REFERENCES framework (id),
    cell_html    TEXT    NOT NULL,
    body_html    TEXT    NOT NULL,
    PRIMARY KEY (aspect_id, framework_id)
);

CREATE TABLE text_page (
    comparison_id INTEGER NOT NULL REFERENCES comparison (id),
    kind          TEXT    NOT NULL CHECK (kind IN ('faq', 'recommendations', 'sources')),
    title         TEXT    NOT NULL,
    summary       TEXT    NOT NULL,
    body_html     TEXT    NOT NULL,
    PRIMARY KEY (comparison_id, kind)
);

CREATE TABLE faq_entry (
    comparison_id INTEGER NOT NULL REFERENCES comparison (id),
    position      INTEGER NOT NULL,
    anchor        TEXT    NOT NULL,
    question      TEXT    NOT NULL,
    answer_html   TEXT    NOT NULL,
    answer_text   TEXT    NOT NULL,
    PRIMARY KEY (comparison_id, position)
);

CREATE TABLE recommendation_rule (
    comparison_id     INTEGER NOT NULL REFERENCES comparison (id),
    rule_id           TEXT    NOT NULL,
    position          INTEGER NOT NULL,
    favours_slug      TEXT    NOT NULL,
    when_html         TEXT    NOT NULL,
    cites             TEXT    NOT NULL,      -- site path and anchor where our pages state the rule
    article_reference TEXT    NOT NULL,
    editor_note_html  TEXT,
    editor_note_markdown TEXT,                -- the same note as written, for Markdown exports (decision records)
    when_text         TEXT    NOT NULL,      -- when_html without markup, for the API and page metadata
    points            INTEGER NOT NULL,      -- the rule's weight in the chooser
    is_tie_break      INTEGER NOT NULL,      -- 1 for the one rule that settles level scores
    PRIMARY KEY (comparison_id, rule_id)
);

CREATE TABLE editor_note (
    comparison_id INTEGER NOT NULL REFERENCES comparison (id),
    position      INTEGER NOT NULL,
    page_path     TEXT    NOT NULL,
    page_title    TEXT    NOT NULL,
    anchor        TEXT    NOT NULL,
    note_html     TEXT    NOT NULL,
    PRIMARY KEY (comparison_id, position)
);

-- The "which should I choose?" questionnaire: questions and options as authored, and the rules each option
-- triggers. Question and option ids appear in shared links, so they are stored as authored.

CREATE TABLE questionnaire (
    comparison_id INTEGER PRIMARY KEY REFERENCES comparison (id),
    title         TEXT    NOT NULL,
    summary       TEXT    NOT NULL,
    intro_html    TEXT    NOT NULL
);

CREATE TABLE question (
    comparison_id  INTEGER NOT NULL REFERENCES comparison (id),
    question_id    TEXT    NOT NULL,
    position       INTEGER NOT NULL,       -- order on the page, across groups
    group_position INTEGER NOT NULL,
    group_title    TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    why            TEXT    NOT NULL,
    PRIMARY KEY (comparison_id, question_id)
);

CREATE TABLE answer_option (
    comparison_id INTEGER NOT NULL REFERENCES comparison (id),
    question_id   TEXT    NOT NULL,
    option_id     TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    label         TEXT    NOT NULL,
    PRIMARY KEY (comparison_id, question_id, option_id)
);

CREATE TABLE option_rule (
    comparison_id INTEGER NOT NULL REFERENCES comparison (id),
    question_id   TEXT    NOT NULL,
    option_id     TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    rule_id       TEXT    NOT NULL,
    PRIMARY KEY (comparison_id, question_id, option_id, rule_id)
);

-- One row describing the import that built this file: which content, when, and how much.

CREATE TABLE content_import (
    version      TEXT    NOT NULL,           -- hash of every content file
    imported_at  TEXT    NOT NULL,           -- ISO 8601, UTC
    file_count   INTEGER NOT NULL,
    comparisons  INTEGER NOT NULL,
    duration_ms  INTEGER NOT NULL
);

-- Search: one row per place a reader lands (a page, or a section of one with its anchor), in plain text. The
-- porter stemmer lets "templates" find "templating"; the prefix indexes make "adm"* (admin) as quick as a word.
-- Built in the same file as everything else, so the index is swapped in with the content it describes.

CREATE VIRTUAL TABLE search_section USING fts5 (
    section_title,                       -- the heading the anchor leads to (the page title for a whole page)
    page_title,
    keywords,                            -- the page's front matter 'keywords', on the top of the page only
    body,
    comparison_title UNINDEXED,
    path             UNINDEXED,          -- site path of the page
    anchor           UNINDEXED,          -- '' for the top of the page
    place            UNINDEXED,          -- 0 the page, 1 a heading's section, 2 a rule or question, 3 an editor's note
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The site's own words as written (not stemmed), with how often each occurs, for "did you mean".

CREATE TABLE search_word (
    word        TEXT    PRIMARY KEY,
    occurrences INTEGER NOT NULL
) WITHOUT ROWID;
