package org.dataregistry.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM's heap read from its unified garbage-collection log ({@code -Xlog:gc,gc+exit:file=...:tags}): the peak heap
 * used (just before a collection, or at exit) and the peak heap left after a collection (what the program really
 * kept). Measured from outside, so that neither the engines nor the app carry a heap watcher for the benchmarks.
 */
final class GcLogHeap {

    /** {@code [gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 163M->90M(256M) 7.579ms}. */
    private static final Pattern COLLECTION =
            Pattern.compile("\\[gc *\\].* (\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");

    /** {@code [gc,exit] garbage-first heap total reserved 262144K, committed 262144K, used 111930K [...]}. */
    private static final Pattern EXIT_USED =
            Pattern.compile("\\[gc,exit *\\] ++(?!Metaspace|class space).*\\bused (\\d+)K");

    private long peakUsedKib;
    private long peakAfterCollectionKib;
    private long usedAtExitKib;

    /** Reads one line of the log; lines of other kinds are ignored. */
    void read(String line) {
        Matcher collection = COLLECTION.matcher(line);
        if (collection.find()) {
            peakUsedKib = Math.max(peakUsedKib, kib(collection.group(1), collection.group(2)));
            peakAfterCollectionKib = Math.max(peakAfterCollectionKib, kib(collection.group(3), collection.group(4)));
            return;
        }
        Matcher exit = EXIT_USED.matcher(line);
        if (exit.find()) {
            // One line for G1's single heap, one per generation for the serial and parallel collectors.
            usedAtExitKib += Long.parseLong(exit.group(1));
        }
    }

    /** The most the heap held: before any collection, or at exit. */
    long peakUsedMib() {
        return Math.max(peakUsedKib, usedAtExitKib) / 1024;
    }

    /** The most the heap still held after a collection (0 when none ran). */
    long peakAfterCollectionMib() {
        return peakAfterCollectionKib / 1024;
    }

    private static long kib(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> value;
            case "M" -> value * 1024;
            default -> value * 1024 * 1024;
        };
    }
}
