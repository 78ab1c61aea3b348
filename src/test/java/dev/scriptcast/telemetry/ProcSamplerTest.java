package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcSamplerTest {
    private static Process burnCpuInChild() throws Exception {
        return new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done")
                .redirectErrorStream(true).start();
    }

    @Test
    void countsCpuTimeOfChildProcessesWhileTheyRunAndAfterTheyExit() throws Exception {
        try (ProcSampler proc = ProcSampler.open(new RenderThreads())) {
            ProcSampler.Reading before = proc.read();
            Process child = burnCpuInChild();
            Thread.sleep(150);
            ProcSampler.Reading during = proc.read();
            assertThat(during.pids()).contains(proc.selfPid(), child.pid());
            assertThat(during.rssKb()).isGreaterThan(before.rssKb() / 2);
            child.waitFor();
            Thread.sleep(50);
            ProcSampler.Reading after = proc.read();
            assertThat(after.pids()).doesNotContain(child.pid());
            assertThat((after.processCpuNs() - before.processCpuNs()) / 1e6).isGreaterThan(200);
            assertThat(after.processCpuNs()).isGreaterThanOrEqualTo(during.processCpuNs());
        }
    }

    @Test
    void systemCountersAdvance() throws Exception {
        try (ProcSampler proc = ProcSampler.open(new RenderThreads())) {
            ProcSampler.Reading a = proc.read();
            Thread.sleep(100);
            ProcSampler.Reading b = proc.read();
            assertThat(b.systemTotalTicks()).isGreaterThan(a.systemTotalTicks());
            assertThat(b.systemBusyTicks()).isGreaterThanOrEqualTo(a.systemBusyTicks());
        }
    }
}
