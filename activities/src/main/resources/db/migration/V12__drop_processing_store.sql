-- The built-in processor no longer keeps releases in PostgreSQL: it compiles a job's collected files straight into
-- the job's compiled file (sorting on disk), and the pull task reads that file. The tables (and their indexes) go.

DROP TABLE IF EXISTS compiled_release;
DROP TABLE IF EXISTS collected_release;
