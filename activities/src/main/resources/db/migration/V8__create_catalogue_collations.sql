-- How the public site orders countries and titles in each of its languages (Spanish puts "Ísland" with the I's,
-- Russian sorts Cyrillic), whatever the database's own collation. ICU collations: every mainstream PostgreSQL
-- build has ICU; one without it stops here, at start-up, rather than on the first search.
CREATE COLLATION IF NOT EXISTS public.catalogue_en (provider = icu, locale = 'en');
CREATE COLLATION IF NOT EXISTS public.catalogue_es (provider = icu, locale = 'es');
CREATE COLLATION IF NOT EXISTS public.catalogue_ru (provider = icu, locale = 'ru');
