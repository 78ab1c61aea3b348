package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemoryLayout.PathElement;
import org.junit.jupiter.api.Test;

class NvmlTest {
    private static long offset(java.lang.foreign.StructLayout layout, String field) {
        return layout.byteOffset(PathElement.groupElement(field));
    }

    @Test
    void processUtilizationSampleMatchesNvmlHeaderLayout() {
        var s = Nvml.PROCESS_UTILIZATION_SAMPLE;
        assertThat(s.byteSize()).isEqualTo(32);
        assertThat(s.byteAlignment()).isEqualTo(8);
        assertThat(offset(s, "pid")).isZero();
        assertThat(offset(s, "timeStamp")).isEqualTo(8);
        assertThat(offset(s, "smUtil")).isEqualTo(16);
        assertThat(offset(s, "memUtil")).isEqualTo(20);
        assertThat(offset(s, "encUtil")).isEqualTo(24);
        assertThat(offset(s, "decUtil")).isEqualTo(28);
    }

    @Test
    void utilizationAndMemoryMatchNvmlHeaderLayout() {
        assertThat(Nvml.UTILIZATION.byteSize()).isEqualTo(8);
        assertThat(offset(Nvml.UTILIZATION, "gpu")).isZero();
        assertThat(offset(Nvml.UTILIZATION, "memory")).isEqualTo(4);
        assertThat(Nvml.MEMORY.byteSize()).isEqualTo(24);
        assertThat(offset(Nvml.MEMORY, "total")).isZero();
        assertThat(offset(Nvml.MEMORY, "free")).isEqualTo(8);
        assertThat(offset(Nvml.MEMORY, "used")).isEqualTo(16);
        assertThat(Nvml.DEVICE_NAME_V2_BUFFER_SIZE).isEqualTo(96);
        assertThat(Nvml.SYSTEM_DRIVER_VERSION_BUFFER_SIZE).isEqualTo(80);
    }

    @Test
    void missingLibraryIsACleanOneLineUnavailable() {
        assertThatThrownBy(() -> Nvml.open("libnvidia-ml-absent.so.1"))
                .isInstanceOf(NvmlException.class)
                .hasMessage("loading libnvidia-ml-absent.so.1 failed: NVML shared library not found (12)");

        NvmlSampler.Opened opened = NvmlSampler.open("libnvidia-ml-absent.so.1");
        assertThat(opened.sampler()).isNull();
        assertThat(opened.inventory().available()).isFalse();
        assertThat(opened.inventory().devices()).isEmpty();
        assertThat(opened.inventory().unavailableReason()).startsWith("no NVIDIA GPU/driver found").doesNotContain("\n");
    }

    @Test
    void libraryWithoutNvmlSymbolsIsUnavailableNotACrash() {
        NvmlSampler.Opened opened = NvmlSampler.open("libc.so.6");
        assertThat(opened.sampler()).isNull();
        assertThat(opened.inventory().unavailableReason())
                .isEqualTo("no NVIDIA GPU/driver found (looking up nvmlErrorString failed: "
                        + "Function not found in the NVML library (13))");
    }

    @Test
    void errorCodesReadAsNvmlDocumentsThem() {
        assertThat(NvmlErrors.describe(9)).isEqualTo("NVIDIA driver is not loaded");
        assertThat(NvmlErrors.describe(3)).isEqualTo("Not supported on this device");
        assertThat(NvmlErrors.describe(999)).isEqualTo("Unknown internal driver error");
        assertThat(NvmlErrors.describe(4242)).isEqualTo("Unknown NVML return code");
        assertThat(new NvmlException("nvmlInit_v2", 9, NvmlErrors.describe(9)))
                .hasMessage("nvmlInit_v2 failed: NVIDIA driver is not loaded (9)");
    }
}
