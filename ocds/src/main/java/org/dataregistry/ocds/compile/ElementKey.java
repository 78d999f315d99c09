package org.dataregistry.ocds.compile;

import tools.jackson.databind.JsonNode;

/**
 * What identifies an object of an array across releases. Objects with equal keys are merged.
 */
sealed interface ElementKey {

    /**
     * The key of an object by its {@code id}: a string, or an integer; a number that is not an
     * integer of 64 bits is matched by its text (as ocdsmerge does); no {@code id} or a null one
     * makes the object unique.
     *
     * @throws MergeException if the {@code id} is a boolean, an array or an object
     */
    static ElementKey of(JsonNode id, int releaseIndex) {
        if (id == null || id.isNull()) {
            return new Unique();
        }
        if (id.isString()) {
            return new ById(id.stringValue());
        }
        if (id.isNumber()) {
            return id.isIntegralNumber() && id.canConvertToLong() ? new ById(id.longValue()) : new ById(id.toString());
        }
        throw new MergeException(
                MergeError.NON_STRING_NON_NUMBER_ID_VALUE,
                releaseIndex,
                "An object has an `id` value that is not a string or a number: " + id);
    }

    /** Matches objects with the same {@code id} (a {@link String} or a {@link Long}: {@code 1} is not {@code "1"}). */
    record ById(Object id) implements ElementKey {
        @Override
        public String toString() {
            return id.toString();
        }
    }

    /** Matches objects at the same position. */
    record ByPosition(int index) implements ElementKey {
        @Override
        public String toString() {
            return String.valueOf(index);
        }
    }

    /** Matches nothing else: the object is appended. */
    final class Unique implements ElementKey {
        @Override
        public String toString() {
            return "(object without id)";
        }
    }
}
