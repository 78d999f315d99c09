package org.dataregistry.database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a WHERE clause of AND-ed conditions with named parameters, from filters that may be unset. */
public final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds a condition without parameters. */
    public SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition using parameter {@code :name}, unless {@code value} is null. */
    public SqlConditions add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Adds {@code condition} when {@code wanted} is true, its negation when false, nothing when null. */
    public SqlConditions is(String condition, Boolean wanted) {
        if (wanted != null) {
            conditions.add(wanted ? "(" + condition + ")" : "NOT (" + condition + ")");
        }
        return this;
    }

    /**
     * Requires each word of {@code search} (split at white space) to appear in {@code searchText}, a column of
     * {@code search_key} text, the word folded by {@code search_key} too: case, accents and punctuation are ignored,
     * so "cote divoire" and "cote d ivoire" both find "Côte d'Ivoire" (migration V10 states the rule). Folding
     * deletes LIKE's wildcards with the rest of the punctuation, so a word is matched literally, and a word of
     * punctuation alone requires nothing. Nothing is required when the search is blank.
     */
    public SqlConditions containsWords(String searchText, String search) {
        if (search == null || search.isBlank()) {
            return this;
        }
        String[] words = search.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            add(searchText + " LIKE '%' || search_key(:word" + i + ") || '%'", "word" + i, words[i]);
        }
        return this;
    }

    /** {@code " WHERE a AND b"}, or the empty string when there is no condition. */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The parameters, plus room for more (paging). */
    public Map<String, Object> params() {
        return new HashMap<>(params);
    }
}
