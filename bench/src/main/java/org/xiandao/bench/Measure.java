package org.xiandao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Small measuring helpers shared by the benchmarks: medians, peak heap, peak resident memory. */
final class Measure {

    private Measure() {
    }

    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} {@code warmup} times unmeasured, then {@code runs} times; returns the median in ms. */
    static double medianMillis(int warmup, int runs, Work work) throws Exception {
        return times(warmup, runs, work).medianSeconds() * 1000;
    }

    /** The times of {@code runs} measured runs after {@code warmup} unmeasured ones, in ms, fastest first. */
    static Times times(int warmup, int runs, Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return new Times(ms);
    }

    /** Measured run times: the best (least disturbed by the rest of the machine) and the median. */
    record Times(double[] millis) {

        Times {
            millis = millis.clone();
            Arrays.sort(millis);
        }

        double bestSeconds() {
            return millis[0] / 1000;
        }

        double medianSeconds() {
            int n = millis.length;
            return (n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2) / 1000;
        }
    }

    static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last reset, in MiB. */
    static long peakHeapMib() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    /** The process's peak resident set (VmHWM), in MiB: includes DuckDB's native memory. */
    static long peakResidentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
