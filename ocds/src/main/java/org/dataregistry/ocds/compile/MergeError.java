package org.dataregistry.ocds.compile;

/** Why releases could not be merged; the names follow ocdsmerge's errors. */
public enum MergeError {
    /** Among several releases, one has no {@code date}. */
    MISSING_DATE_KEY,
    /** Among several releases, one has a {@code null} date. */
    NULL_DATE_VALUE,
    /** Among several releases, one has a date that is not a string. */
    NON_STRING_DATE_VALUE,
    /** A field is a literal, an object and/or an array in different releases. */
    INCONSISTENT_TYPE,
    /** An object in an array has an {@code id} that is a boolean, an array or an object. */
    NON_STRING_NON_NUMBER_ID_VALUE
}
