-- One row describing the import that built this file: which content, when, and how much.

CREATE TABLE content_import (
    version      TEXT    NOT NULL,           -- hash of every content file
    imported_at  TEXT    NOT NULL,           -- ISO 8601, UTC
    file_count   INTEGER NOT NULL,
    comparisons  INTEGER NOT NULL,
    duration_ms  INTEGER NOT NULL
);
