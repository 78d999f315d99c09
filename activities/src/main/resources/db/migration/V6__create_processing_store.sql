-- The built-in processor's store: the releases read from a job's collected files, and the compiled release of
-- each OCID. Temporary data: wiped with the job's other temporary data, and with the job itself.
--
-- OCIDs and dates sort in the "C" collation (code point order) because the compiler groups releases by OCID in
-- Java's String order, and release dates compare as text, as Kingfisher Process compares its release_date.

CREATE TABLE collected_release (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id         bigint NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    ocid           text COLLATE "C" NOT NULL,
    -- The release's date, or '' (as Kingfisher Process's release_date).
    release_date   text COLLATE "C" NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('RELEASE', 'LINKED_RELEASE', 'COMPILED_RELEASE')),
    -- Which package of the job it was read from (numbered as read), null outside a package.
    package_number integer,
    -- Where it was read, for messages: file[!/zip entry]:line:column.
    position       text NOT NULL,
    data           jsonb NOT NULL
);

-- Compiling reads a job's releases in this order, one OCID at a time, without sorting them.
CREATE INDEX collected_release_job_ocid_idx ON collected_release (job_id, ocid, release_date, id);

CREATE TABLE compiled_release (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id         bigint NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    ocid           text COLLATE "C" NOT NULL,
    -- The compiled release's date, or '': the publication's date range comes from it.
    release_date   text COLLATE "C" NOT NULL,
    data           jsonb NOT NULL
);

CREATE INDEX compiled_release_job_ocid_idx ON compiled_release (job_id, ocid);
-- Pulling pages through a job's compiled releases by id.
CREATE INDEX compiled_release_job_id_idx ON compiled_release (job_id, id);
