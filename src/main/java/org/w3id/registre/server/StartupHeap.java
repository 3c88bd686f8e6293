package org.w3id.registre.server;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Gives back to the system, once, the heap that the start-up's burst made the JVM take. Loading, the split into
 * graphs, the validation and the full-text index allocate far more than they leave alive (about 45 MB live out of
 * 180 MB committed on the bundled register); G1 then keeps up to {@code MaxHeapFreeRatio} (70 %) of its heap free,
 * resident though unused, until a load that never comes to a read-only server at rest.
 *
 * <p>So when that work is done, one full collection, with {@code MaxHeapFreeRatio} lowered to
 * {@code MinHeapFreeRatio} (40 % by default) for that collection only: G1 shrinks to the smallest heap its own
 * settings allow, then the setting is put back as it was, and the heap grows again under load as G1 decides. This
 * changes the JVM's heap sizing from inside the program, once (both are "manageable" HotSpot flags); a JVM started
 * with {@code -XX:+DisableExplicitGC} keeps its heap, and one whose flags cannot be set gets the collection only.
 */
public final class StartupHeap {

    private StartupHeap() {
    }

    /** The one collection; takes some tens of milliseconds, all threads paused. */
    public static void release() {
        HotSpotDiagnosticMXBean hotSpot;
        try {
            hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError notHotSpot) {
            System.gc();
            return;
        }
        String maxFree;
        try {
            maxFree = hotSpot.getVMOption("MaxHeapFreeRatio").getValue();
            hotSpot.setVMOption("MaxHeapFreeRatio", hotSpot.getVMOption("MinHeapFreeRatio").getValue());
        } catch (RuntimeException notSettable) {
            System.gc();
            return;
        }
        try {
            System.gc();
        } finally {
            hotSpot.setVMOption("MaxHeapFreeRatio", maxFree);
        }
    }
}
