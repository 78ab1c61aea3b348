package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the FFM binding's real downcalls against a C library with nvml.h's signatures (built here with the
 * system C compiler), so calls, struct reading, per-process attribution and error paths are checked without a GPU.
 */
class NvmlBindingTest {
    @TempDir
    Path dir;

    private Path build(String name, String... defines) throws Exception {
        Path source = dir.resolve("nvml_double.c");
        try (InputStream in = getClass().getResourceAsStream("/nvml/nvml_double.c")) {
            Files.copy(in, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path lib = dir.resolve(name);
        var cmd = new java.util.ArrayList<>(java.util.List.of("cc", "-shared", "-fPIC", "-o", lib.toString()));
        cmd.addAll(java.util.List.of(defines));
        cmd.add(source.toString());
        Process cc;
        try {
            cc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("no C compiler (cc) to build the NVML stand-in: apt-get install gcc libc6-dev"
                    + " (scripts/test.sh installs it as root)", e);
        }
        assertThat(cc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cc.exitValue()).as(new String(cc.getInputStream().readAllBytes())).isZero();
        return lib;
    }

    @Test
    void readsDevicesUtilisationAndOurOwnProcessSamples() throws Exception {
        Path lib = build("libnvml-double.so");
        NvmlSampler.Opened opened = NvmlSampler.open(lib.toString());
        assertThat(opened.inventory().unavailableReason()).isNull();
        assertThat(opened.inventory().driverVersion()).isEqualTo("580.159");
        assertThat(opened.inventory().devices()).containsExactly(
                new GpuDevice(0, "Test GPU 80GB", 81920, false, true));
        try (NvmlSampler sampler = opened.sampler()) {
            sampler.startClock(System.currentTimeMillis());
            Thread.sleep(5);
            GpuProbe.Tick tick = sampler.sample(5, java.util.List.of(ProcessHandle.current().pid()));
            assertThat(tick.devices()).containsExactly(new GpuSample(0, 37, 1024, 0, 42, 55, 0, 30));
            assertThat(tick.processSamples()).filteredOn(p -> !p.ours()).extracting(ProcessGpuSample::pid)
                    .containsExactly(1L);
            assertThat(tick.processSamples()).filteredOn(ProcessGpuSample::ours).singleElement().satisfies(p -> {
                assertThat(p.pid()).isEqualTo(ProcessHandle.current().pid());
                assertThat(p.smUtilPercent()).isEqualTo(55);
                assertThat(p.decUtilPercent()).isEqualTo(30);
                assertThat(p.tMs()).isBetween(0L, 1000L);
            });
        }
    }

    @Test
    void aFailingInitIsUnavailableWithTheLibrarysOwnMessage() throws Exception {
        Path lib = build("libnvml-nodriver.so", "-DINIT_RESULT=9");
        NvmlSampler.Opened opened = NvmlSampler.open(lib.toString());
        assertThat(opened.sampler()).isNull();
        assertThat(opened.inventory().unavailableReason())
                .isEqualTo("no NVIDIA GPU/driver found (nvmlInit_v2 failed: Driver Not Loaded (9))");
    }

    @Test
    void aRunWithTheStandInAttributesGpuWorkToTheStage() throws Exception {
        Path lib = build("libnvml-double.so");
        try (Telemetry t = Telemetry.start(50, lib.toString())) {
            t.stage("video_composition", () -> {
                Thread.sleep(300);
                return null;
            });
            RunMetrics m = t.finish();
            StageGpu g = m.stage("video_composition").gpu();
            assertThat(g.name()).isEqualTo("Test GPU 80GB");
            assertThat(g.utilMax()).isEqualTo(37);
            assertThat(g.decoderUtilMax()).isEqualTo(42);
            assertThat(g.processUtilMax()).isEqualTo(55);
            assertThat(g.processDecoderUtilMax()).isEqualTo(30);
            assertThat(g.processSamples()).isPositive();
            assertThat(m.stage("video_composition").device()).isEqualTo("GPU 0 SM+NVDEC (Test GPU 80GB)");
            assertThat(m.processGpuSamples()).filteredOn(ProcessGpuSample::ours)
                    .allSatisfy(p -> assertThat(p.pid()).isEqualTo(ProcessHandle.current().pid()));
            assertThat(g.processUtilMax()).as("pid 1's 99 % is not ours").isEqualTo(55);
        }
    }
}
