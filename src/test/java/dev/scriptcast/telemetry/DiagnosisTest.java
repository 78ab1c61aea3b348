package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosisTest {
    private static final GpuInventory H100 = new GpuInventory(true, null, "580.159",
            List.of(new GpuDevice(0, "NVIDIA H100 80GB HBM3", 81559, false, true)));
    private static final GpuInventory NONE = GpuInventory.unavailable("NVML shared library not found (12)");

    private static StageGpu gpu(int processSm, int processDec, int deviceDec) {
        return new StageGpu(0, "NVIDIA H100 80GB HBM3", 3, 12, 180, deviceDec, 0, processSm, processSm, processDec, 0, 5);
    }

    private static StageMetrics stage(String name, double cpuPercent, StageGpu gpu) {
        return new StageMetrics(name, 0, 4000, 4000, cpuPercent * 80, cpuPercent, cpuPercent * 80, cpuPercent, 900, cpuPercent + 5, 80, gpu,
                Diagnosis.device(gpu), List.of(), null, List.of());
    }

    @Test
    void cudaClaimedButNoSmActivityIsCalledOut() {
        var d = new Diagnosis(H100, Map.of("avatar_generation.device", "cuda",
                "avatar_generation.engine", "ONNX Runtime CUDA"), 16);
        assertThat(d.of(stage("avatar_generation", 40, gpu(0, 0, 0)))).contains("avatar_generation was set up for "
                + "cuda (ONNX Runtime CUDA) but NVML saw 0 % SM utilisation from this process and its children "
                + "(device-wide max 12 %): the work ran on the CPU");
        assertThat(d.of(stage("avatar_generation", 40, gpu(70, 0, 0)))).noneMatch(l -> l.contains("0 % SM"));
    }

    @Test
    void cpuEncoderOnAGpuWithoutNvencSaysSo() {
        var d = new Diagnosis(H100, Map.of("video_composition.device", "cpu", "video_composition.engine", "libx264"), 16);
        assertThat(d.of(stage("video_composition", 40, gpu(0, 0, 0)))).contains(
                "video_composition ran on CPU (libx264): this GPU (NVIDIA H100 80GB HBM3) has no NVENC encoder");
    }

    @Test
    void nvdecDecoderIsCheckedAgainstDecoderActivity() {
        var d = new Diagnosis(H100, Map.of("video_composition.uses.nvdec", "h264_cuvid"), 16);
        assertThat(d.of(stage("video_composition", 20, gpu(0, 0, 0)))).contains("video_composition was set up for "
                + "nvdec (h264_cuvid) but NVML saw no decoder activity: frames were decoded on the CPU");
        StageGpu decoding = gpu(0, 35, 40);
        assertThat(d.of(stage("video_composition", 20, decoding))).noneMatch(l -> l.contains("NVDEC"));
        assertThat(Diagnosis.device(decoding)).isEqualTo("GPU 0 NVDEC (NVIDIA H100 80GB HBM3)");
    }

    @Test
    void withoutAGpuAGpuStageRanOnTheCpuAndACpuEngineIsExpected() {
        var d = new Diagnosis(NONE, Map.of("avatar_generation.device", "cuda", "tts_generation.device", "cpu",
                "tts_generation.engine", "mary"), 2);
        assertThat(d.of(stage("avatar_generation", 30, null))).first().asString()
                .startsWith("avatar_generation was set up for cuda but no NVIDIA GPU/driver found");
        assertThat(d.of(stage("tts_generation", 30, null))).contains("tts_generation: CPU engine mary, no GPU expected");
    }

    @Test
    void speedDiagnosesNameTheBottleneck() {
        var d = new Diagnosis(NONE, Map.of(), 2);
        assertThat(d.of(stage("video_composition", 95, null))).contains(
                "video_composition is CPU-bound: all 2 cores busy (95.0 %)");
        assertThat(d.of(stage("audio_mixing", 50, null))).contains(
                "audio_mixing is single-threaded: about one of 2 cores busy");
        StageMetrics crowded = new StageMetrics("tts_generation", 0, 4000, 4000, 1600, 20, 1600, 20, 300, 90, 80, null, "CPU",
                List.of(), null, List.of());
        assertThat(d.of(crowded)).containsExactly("tts_generation shared the machine: other processes used about 70 %"
                + " of it while this one used 20.0 %, so its wall time is inflated");
        assertThat(d.of(stage("waiting", 5, null))).containsExactly(
                "waiting mostly waited: CPU 5.0 % and no GPU work (I/O, sleeps or locks)");
    }

    @Test
    void aStageCompetingWithOtherProcessesIsNotCalledSingleThreaded() {
        var d = new Diagnosis(NONE, Map.of(), 2);
        StageMetrics squeezed = new StageMetrics("script_parsing", 0, 4000, 4000, 4000, 50, 4000, 50, 300, 100, 80, null, "CPU",
                List.of(), null, List.of());
        assertThat(d.of(squeezed)).noneMatch(l -> l.contains("single-threaded"))
                .containsExactly("script_parsing shared the machine: other processes used about 50 % of it while this"
                        + " one used 50.0 %, so its wall time is inflated");
    }

    @Test
    void startingTheEngineIsChargedToTheStageThatStartedIt() {
        var d = new Diagnosis(NONE, Map.of("tts_generation.device", "cpu", "tts_generation.engine", "mary"), 2);
        StageMetrics tts = new StageMetrics("tts_generation", 0, 7000, 7000, 5000, 35, 5000, 35, 300, 40, 140, null,
                "CPU", List.of(), null, List.of(new SpanMetrics("engine start", 0, 5100, 5100, 4000, List.of())));
        assertThat(d.of(tts)).contains("tts_generation spent 5.10 s starting mary");
    }
}
