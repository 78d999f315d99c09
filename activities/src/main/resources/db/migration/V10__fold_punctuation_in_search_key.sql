-- Search folds punctuation too: "cote divoire" and "cote d ivoire" both find "Côte d'Ivoire".
--
-- The rule (for the searched text and the typed query alike): accents folded (unaccent, which also turns typographic
-- quotes, dashes and ellipses into their ASCII forms), then punctuation and symbols deleted, then lower case. White
-- space stays: it separates words. Deleting rather than turning punctuation into a space joins what it joined
-- ("d'Ivoire" reads "divoire", "Guinea-Bissau" "guineabissau"), so the query "divoire" matches, and so does
-- "d ivoire", each of its words being found on its own; spaces never match across words, so "ed" does not find
-- "Côte d'Ivoire". The deleted characters are listed by code point, not by a locale's character classes, so the
-- result is the same on every server and the function may be IMMUTABLE: ASCII punctuation and symbols, Latin-1's
-- (¡ ¿ « » § ° ´ · soft hyphen...), Unicode's General Punctuation (‐ – — ‘ ’ “ ” … • ‰, zero-width and bidi marks)
-- and the byte order mark. Letters and digits of any script stay. LIKE's % and _ are among those deleted, so a
-- folded query is a literal LIKE pattern.
CREATE OR REPLACE FUNCTION search_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, value),
                                '[!-/:-@[-`{-~¡-©«-±´¶-¸»¿×÷\u200B-\u2027\u202A-\u202E\u2030-\u205E\u2060-\u206F\uFEFF]',
                                '', 'g'));

-- What was stored with the old rule is computed again: the search text (a stored generated column, recomputed only
-- when added or its row written) and the sort indexes on titles and countries.
ALTER TABLE publication DROP COLUMN search_text;
ALTER TABLE publication ADD COLUMN search_text text GENERATED ALWAYS AS (
    search_key(title || E'\n' || country_en || E'\n' || country_es || E'\n' || country_ru)
) STORED;
CREATE INDEX publication_search_text_idx ON publication USING gin (search_text gin_trgm_ops);
REINDEX INDEX publication_title_idx;
REINDEX INDEX publication_country_idx;
