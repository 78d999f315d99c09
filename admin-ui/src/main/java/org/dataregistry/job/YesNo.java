package org.dataregistry.job;

/** A job's flag as its list and page show it. */
final class YesNo {

    private YesNo() {}

    static String of(boolean value) {
        return value ? "Yes" : "No";
    }
}
