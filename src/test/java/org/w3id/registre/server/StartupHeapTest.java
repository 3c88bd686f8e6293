package org.w3id.registre.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

import com.sun.management.HotSpotDiagnosticMXBean;

import org.junit.jupiter.api.Test;

/** The start-up heap given back once, the JVM's own setting put back as it was. */
class StartupHeapTest {

    @Test
    void theHeapKeepsNoMoreFreeThanMinHeapFreeRatioAndTheSettingIsPutBack() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String maxFree = hotSpot.getVMOption("MaxHeapFreeRatio").getValue();
        long minFree = Long.parseLong(hotSpot.getVMOption("MinHeapFreeRatio").getValue());
        long region = Long.parseLong(hotSpot.getVMOption("G1HeapRegionSize").getValue());
        // A burst of garbage, as a start-up makes: G1 grows its heap for it.
        byte[][] burst = new byte[64][];
        for (int i = 0; i < 2_000; i++) {
            burst[i % burst.length] = new byte[1024 * 1024];
        }
        StartupHeap.release();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        assertEquals(maxFree, hotSpot.getVMOption("MaxHeapFreeRatio").getValue());
        // Committed: what is used with MinHeapFreeRatio % free (40 % by default) — not MaxHeapFreeRatio % (70 %), which
        // a collection alone keeps. The bound is half-way between the two: other tests' threads in this JVM allocate
        // while this one runs, and G1 rounds to whole regions.
        long halfWay = (Long.parseLong(maxFree) + minFree) / 2;
        long allowed = (long) Math.ceil(heap.getUsed() / (1 - halfWay / 100.0)) + 4 * region;
        assertTrue(heap.getCommitted() <= allowed, "committed " + heap.getCommitted() / 1024 / 1024 + " MB, used "
                + heap.getUsed() / 1024 / 1024 + " MB, allowed " + allowed / 1024 / 1024 + " MB");
        assertEquals(64, burst.length);
    }
}
