-- Whatever changes what the public catalogue shows (a publication, a job, a license) tells listeners once the change
-- is committed, so that the site can keep what it computed from these tables until then. NOTIFY is delivered at
-- commit, in commit order, and once per transaction for identical payloads: cheap, and never early.
CREATE FUNCTION notify_catalogue_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('catalogue_changed', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER publication_changes_catalogue
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON publication
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
CREATE TRIGGER job_changes_catalogue
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON job
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
CREATE TRIGGER license_changes_catalogue
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON license
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalogue_changed();
