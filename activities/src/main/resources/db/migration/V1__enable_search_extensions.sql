-- Accent- and case-insensitive search ("montreal" finds "Montréal") with trigram indexes.
-- Both extensions are "trusted": a database owner can create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- unaccent() is only STABLE (its dictionary could change), so it cannot back an index.
-- This wrapper pins the dictionary and is declared IMMUTABLE, the usual PostgreSQL idiom.
CREATE FUNCTION search_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));
