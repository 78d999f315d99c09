-- Whatever changes what the public catalogue shows tells listeners once the change is committed, so that the site
-- can keep what it computed from these tables until then. NOTIFY is delivered at commit, in commit order, and once
-- per transaction for identical payloads: cheap, and never early.
CREATE FUNCTION notify_catalogue_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('catalogue_changed', '');
    RETURN NULL;
END;
$$;

-- A job shows only once it is a publication's active job (which is an update of the publication): running jobs,
-- which update their rows often, change nothing the site shows. Jobs are never active when inserted, and an active
-- job is only deleted with its publication.
CREATE FUNCTION notify_active_job_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF EXISTS (SELECT 1 FROM publication WHERE active_job_id = NEW.id) THEN
        PERFORM pg_notify('catalogue_changed', '');
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER publication_changes_catalogue
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON publication
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
CREATE TRIGGER license_changes_catalogue
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON license
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
CREATE TRIGGER active_job_changes_catalogue
    AFTER UPDATE ON job
    FOR EACH ROW EXECUTE FUNCTION notify_active_job_changed();
CREATE TRIGGER jobs_truncated_change_catalogue
    AFTER TRUNCATE ON job
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
