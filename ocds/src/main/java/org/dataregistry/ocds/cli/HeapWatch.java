package org.dataregistry.ocds.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the heap through the JVM's garbage-collection notifications: the peak heap used (just
 * before a collection, or now) and the peak heap left after a collection (what the program
 * really kept). For {@code --report-heap}.
 */
final class HeapWatch {

    private static final long MIB = 1024 * 1024;

    private volatile long peakUsed;
    private volatile long peakAfterCollection;

    private HeapWatch() {
    }

    /** Starts watching. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                watch.record(sum(info.getGcInfo().getMemoryUsageBeforeGc()), sum(info.getGcInfo().getMemoryUsageAfterGc()));
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
        return watch;
    }

    /** One line: peak used, peak after collection and maximum, in MiB. */
    String report() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        record(used, 0);
        return "heap: peak used " + peakUsed / MIB + " MiB, peak after GC " + peakAfterCollection / MIB
                + " MiB, max " + Runtime.getRuntime().maxMemory() / MIB + " MiB";
    }

    private synchronized void record(long used, long afterCollection) {
        peakUsed = Math.max(peakUsed, used);
        peakAfterCollection = Math.max(peakAfterCollection, afterCollection);
    }

    /** The heap pools' usage, summed (non-heap pools, such as the code cache, are left out). */
    private static long sum(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pools.get(pool.getName());
            if (usage != null && pool.getType() == MemoryType.HEAP) {
                used += usage.getUsed();
            }
        }
        return used;
    }
}
