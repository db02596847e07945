-- The "which should I choose?" questionnaire: questions and options as authored, the rules each option
-- triggers, and each rule's weight. Question and option ids appear in shared links, so they are stored as authored.

ALTER TABLE recommendation_rule ADD COLUMN when_text    TEXT    NOT NULL DEFAULT '';
ALTER TABLE recommendation_rule ADD COLUMN points       INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recommendation_rule ADD COLUMN is_tie_break INTEGER NOT NULL DEFAULT 0;

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
