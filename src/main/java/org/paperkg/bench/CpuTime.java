package org.paperkg.bench;

import java.lang.management.ManagementFactory;

/** CPU time in nanoseconds, of the JVM and of the current thread. */
final class CpuTime {

    private CpuTime() {
    }

    static long process() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not report process CPU time");
    }

    static long currentThread() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
