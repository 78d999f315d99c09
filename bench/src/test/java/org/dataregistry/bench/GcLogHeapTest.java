package org.dataregistry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogHeapTest {

    @Test
    void theHeapPeaksAreTheLargestBeforeAndAfterAnyCollection() {
        GcLogHeap heap = read(List.of(
                "[gc] Using G1",
                "[gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 17M->3M(384M) 6.194ms",
                "[gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 143M->16M(384M) 121.754ms",
                "[gc] GC(2) Pause Full (G1 Compaction Pause) 2G->100M(3G) 921.754ms",
                "[gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 90M->20M(384M) 6.194ms"));

        assertThat(heap.peakUsedMib()).isEqualTo(2048);
        assertThat(heap.peakAfterCollectionMib()).isEqualTo(100);
    }

    @Test
    void theHeapUsedAtExitCountsWhenItIsMoreThanAnyBeforeACollection() {
        GcLogHeap heap = read(List.of(
                "[gc     ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 17M->3M(384M) 6.194ms",
                "[gc,exit] Heap",
                "[gc,exit]  garbage-first heap   total reserved 6172672K, committed 393216K, used 44032K [0x0, 0x1)",
                "[gc,exit]   region size 4096K, 11 young (45056K), 4 survivors (16384K)",
                "[gc,exit]  Metaspace       used 9711K, committed 9856K, reserved 1114112K",
                "[gc,exit]   class space    used 1023K, committed 1088K, reserved 1048576K"));

        assertThat(heap.peakUsedMib()).isEqualTo(43);
        assertThat(heap.peakAfterCollectionMib()).isEqualTo(3);
    }

    @Test
    void theGenerationsOfTheSerialCollectorAddUpAtExit() {
        GcLogHeap heap = read(List.of(
                "[gc,exit]  def new generation   total 9792K, used 5120K [0x0, 0x1, 0x2)",
                "[gc,exit]   eden space 8704K,  58% used [0x0, 0x1, 0x2)",
                "[gc,exit]  tenured generation   total 21888K, used 5120K [0x0, 0x1, 0x2)"));

        assertThat(heap.peakUsedMib()).isEqualTo(10);
        assertThat(heap.peakAfterCollectionMib()).isZero();
    }

    private static GcLogHeap read(List<String> lines) {
        GcLogHeap heap = new GcLogHeap();
        lines.forEach(heap::read);
        return heap;
    }
}
