package org.dataregistry.ocds.compile;

/** Something dubious met while merging, that did not prevent it; named as ocdsmerge names them. */
public sealed interface MergeWarning permits MergeWarning.DuplicateIdValue, MergeWarning.RepeatedDateValue {

    /** The warning's type name, as Kingfisher Process records it ({@code DuplicateIdValueWarning}, ...). */
    String type();

    /** The warning in words. */
    String message();

    /**
     * Two objects of one array in one release have the same {@code id}: the later one's fields
     * overwrite the earlier one's.
     *
     * @param path the array's dotted field path, e.g. {@code "awards.suppliers"}
     * @param id   the repeated {@code id}
     */
    record DuplicateIdValue(String path, String id) implements MergeWarning {
        @Override
        public String type() {
            return "DuplicateIdValueWarning";
        }

        @Override
        public String message() {
            return "Multiple objects have the `id` value '" + id + "' in the `" + path + "` array";
        }
    }

    /**
     * A release has the same {@code date} as the release before it, so their order (input order) is arbitrary.
     *
     * @param date  the repeated date
     * @param index the release's index in date order
     */
    record RepeatedDateValue(String date, int index) implements MergeWarning {
        @Override
        public String type() {
            return "RepeatedDateValueWarning";
        }

        @Override
        public String message() {
            return "Release at index " + index + " has the same date '" + date + "' as the previous release";
        }
    }
}
