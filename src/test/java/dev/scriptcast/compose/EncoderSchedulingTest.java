package dev.scriptcast.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.base.ProcStat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.BytePointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening SVT-AV1 as root switched the opening thread to real-time scheduling, and every thread it started after
 * inherited it: the render's segment threads and child processes, and in the test run every later test. After an
 * open, each thread is back on normal scheduling. (Run as another user, SVT-AV1 cannot switch, and these hold too.)
 */
class EncoderSchedulingTest {
    @TempDir
    Path dir;

    @Test
    void probingSvtAv1LeavesThisThreadAndItsNewThreadsOnNormalScheduling() throws Exception {
        Encoders.Status svt = Encoders.probe("libsvtav1");
        assertThat(svt.opens()).as(svt.reason()).isTrue();
        assertThat(EncoderScheduling.policyOfThisThread()).isZero();
        assertThat(policyOfANewThread()).isZero();
        assertThat(realTimeThreads()).isEmpty();
    }

    @Test
    void encodingWithSvtAv1LeavesNoThreadRealTime() throws Exception {
        Path out = dir.resolve("clip.webm");
        VideoFormat fmt = new VideoFormat(256, 144, 10);
        EncodeSettings settings = EncodeSettings.defaults().withEncoder("libsvtav1").withThreads(2);
        try (VideoFileWriter writer = VideoFileWriter.open(out, Container.WEBM, fmt, "libsvtav1", settings, 0);
             BytePointer grey = new BytePointer(YuvConverter.frameBytes(fmt.width(), fmt.height()))) {
            grey.fill(128);
            for (int i = 0; i < 20; i++) {
                writer.writeFrame(grey);
            }
            assertThat(EncoderScheduling.policyOfThisThread()).isZero();
            assertThat(realTimeThreads()).isEmpty();
        }
        assertThat(out).isNotEmptyFile();
        assertThat(policyOfANewThread()).isZero();
    }

    private static int policyOfANewThread() throws InterruptedException {
        AtomicInteger policy = new AtomicInteger(-2);
        Thread t = new Thread(() -> policy.set(EncoderScheduling.policyOfThisThread()));
        t.start();
        t.join();
        return policy.get();
    }

    /** Threads of this process on SCHED_FIFO or SCHED_RR (field 41 of /proc/self/task/TID/stat). */
    private static List<String> realTimeThreads() throws Exception {
        List<String> found = new ArrayList<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (java.io.IOException ended) {
                    continue;
                }
                int policy = Integer.parseInt(ProcStat.fields(stat)[41 - 3]);
                if (policy == 1 || policy == 2) {
                    found.add(Files.readString(task.resolve("comm")).strip() + " (policy " + policy + ")");
                }
            }
        }
        return found;
    }
}
