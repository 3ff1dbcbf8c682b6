-- Trigram indexes make substring search of names use an index instead of scanning the table.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
